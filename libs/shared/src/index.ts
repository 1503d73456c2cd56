export * from './lib/locales';
export * from './lib/error-codes';
export * from './lib/limits';
export * from './lib/opening-hours';
export * from './lib/validation';
export * from './lib/notifications';
export * from './lib/realtime-events';
export * from './lib/privacy';
