export { PollsModule } from './polls.module';
export { PollsService, POLL_NOTIFICATIONS_JOB } from './polls.service';
