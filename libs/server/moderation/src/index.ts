export { ModerationModule } from './moderation.module';
export { ModerationService } from './moderation.service';
export {
  ModerationRegistry,
  type ReportableItem,
  type ReportableType,
} from './moderation.registry';
export {
  CommentThreads,
  contributorOf,
  type CommentRow,
  type CommentTable,
} from './comment-threads';
