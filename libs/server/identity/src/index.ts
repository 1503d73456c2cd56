export { IdentityModule } from './identity.module';
export { MembershipsService } from './memberships/memberships.service';
export { CommunityAdminService } from './memberships/community-admin.service';
export { AccountEntity } from './accounts/account.entity';
export { hashPassword } from './accounts/passwords';
export { AccountsService } from './accounts/accounts.service';
export { SESSION_COOKIE, SessionsService } from './sessions/sessions.service';
export { deskConsentProblems } from './desk/desk.service';
export { DeskConsentInput } from './dto/identity.inputs';
