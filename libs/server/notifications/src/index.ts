export { NotificationsModule } from './notifications.module';
export { NotificationsService } from './notifications.service';
export { RealtimeIoAdapter } from './realtime-io.adapter';
export { RealtimeGateway } from './realtime.gateway';
