export * from './activities.module';
export * from './activity.entity';
