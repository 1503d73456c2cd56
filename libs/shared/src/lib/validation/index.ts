export * from './field-codes';
export * from './text-rules';
export * from './identity-inputs';
export * from './community-inputs';
export * from './booking-inputs';
export * from './activity-inputs';
