import { registerEnumType } from '@nestjs/graphql';
import { ADMISSION_MODES, COMMUNITY_KINDS } from '@palier/shared';

export enum CommunityKindEnum {
  social_centre = 'social_centre',
  partner_organisation = 'partner_organisation',
}
export enum AdmissionModeEnum {
  automatic = 'automatic',
  approval = 'approval',
}
export enum DocumentKindEnum {
  charter = 'charter',
  privacy_notice = 'privacy_notice',
}

registerEnumType(CommunityKindEnum, {
  name: 'CommunityKind',
  description: `One of ${COMMUNITY_KINDS.join(', ')}.`,
});
registerEnumType(AdmissionModeEnum, {
  name: 'AdmissionMode',
  description: `How people get in: ${ADMISSION_MODES.join(' or ')} (by a community builder).`,
});
registerEnumType(DocumentKindEnum, {
  name: 'DocumentKind',
  description: 'The charter or the privacy notice.',
});
