export { IdentityModule } from './identity.module';
export { MembershipsService } from './memberships/memberships.service';
export { CommunityAdminService } from './memberships/community-admin.service';
export { AccountEntity } from './accounts/account.entity';
export { hashPassword } from './accounts/passwords';
export { SESSION_COOKIE } from './sessions/sessions.service';
