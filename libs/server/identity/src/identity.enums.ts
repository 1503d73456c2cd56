import { registerEnumType } from '@nestjs/graphql';

export enum RoleEnum {
  resident = 'resident',
  staff = 'staff',
  builder = 'builder',
  admin = 'admin',
}
export enum MembershipStatusEnum {
  pending = 'pending',
  active = 'active',
  declined = 'declined',
  suspended = 'suspended',
}
export enum LocaleEnum {
  fr = 'fr',
  en = 'en',
  ar = 'ar',
}
export enum HouseholdMemberKindEnum {
  adult = 'adult',
  child = 'child',
}

registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'Role in a community: resident, staff (desk), builder (community builder), admin.',
});
registerEnumType(MembershipStatusEnum, { name: 'MembershipStatus' });
registerEnumType(LocaleEnum, { name: 'Locale', description: 'Interface language.' });
registerEnumType(HouseholdMemberKindEnum, { name: 'HouseholdMemberKind' });

export enum GenderEnum {
  female = 'female',
  male = 'male',
  other = 'other',
}
registerEnumType(GenderEnum, {
  name: 'Gender',
  description: 'Optional: given by the person for themselves, or by a parent for a child.',
});
