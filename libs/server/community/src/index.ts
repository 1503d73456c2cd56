export { CommunityModule } from './community.module';
export { CommunityService, type NewCommunityDocuments } from './community.service';
export { CommunityDto } from './dto/community.dto';
export { CommunityDocumentDto } from './dto/community-parts.dto';
export { NewCommunityInput } from './dto/community.inputs';
export { DocumentKindEnum } from './community.enums';
export type { DocumentKind } from './community-document.entity';
export { openingStatus, type OpeningStatus, type Closure } from './opening-status';
