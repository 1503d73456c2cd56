export { CommunityModule } from './community.module';
export { CommunityService, type NewCommunity } from './community.service';
