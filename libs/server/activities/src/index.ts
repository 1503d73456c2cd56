export * from './activities.module';
export * from './activity.entity';
export { ActivitiesService } from './activities.service';
export { RegistrationsService } from './registrations.service';
export { expandSeries, localInstant } from './sessions/expand-series';
