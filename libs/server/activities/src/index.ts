export * from './activities.module';
export * from './activity.entity';
export { ActivitiesService } from './activities.service';
export { RegistrationsService } from './registrations.service';
