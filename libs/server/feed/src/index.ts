export { FeedModule } from './feed.module';
