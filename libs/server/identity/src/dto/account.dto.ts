import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CommunityDto, DocumentKindEnum } from '@palier/server-community';
import {
  GenderEnum,
  HouseholdMemberKindEnum,
  LocaleEnum,
  MembershipStatusEnum,
  RoleEnum,
} from '../identity.enums';

@ObjectType('MyMembership', {
  description: 'One of my communities, with my role and status there.',
})
export class MyMembershipDto {
  @Field(() => ID)
  id: string;

  @Field(() => CommunityDto)
  community: CommunityDto;

  @Field(() => RoleEnum)
  role: RoleEnum;

  @Field(() => MembershipStatusEnum)
  status: MembershipStatusEnum;

  @Field()
  requestedAt: Date;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The message of the community builder who decided.',
  })
  decisionMessage: string | null;

  @Field(() => [DocumentKindEnum], {
    description: 'Documents with a new version I have not accepted yet.',
  })
  documentsToAccept: DocumentKindEnum[];
}

@ObjectType('HouseholdMember')
export class HouseholdMemberDto {
  @Field(() => ID)
  id: string;

  @Field(() => HouseholdMemberKindEnum)
  kind: HouseholdMemberKindEnum;

  @Field({ description: 'Display name of an adult, first name of a child.' })
  name: string;

  @Field(() => Int, { nullable: true })
  birthYear: number | null;

  @Field(() => GenderEnum, { nullable: true, description: 'Only if given.' })
  gender: GenderEnum | null;

  @Field({ description: 'True for the viewer themselves.' })
  isMe: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'A child with an account opened by a parent: that account.',
  })
  childAccountId: string | null;

  @Field(() => String, { nullable: true, description: 'A child with an account: their login.' })
  childLogin: string | null;
}

@ObjectType('ChildAccount', { description: 'The account a parent just opened for a child.' })
export class ChildAccountDto {
  @Field({ description: 'The login to give the child, with the password the parent chose.' })
  login: string;

  @Field()
  firstName: string;
}

@ObjectType('Household')
export class HouseholdDto {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  postalCode: string | null;

  @Field(() => [HouseholdMemberDto])
  members: HouseholdMemberDto[];
}

@ObjectType('HouseholdInvitation', { description: 'An invitation I received to join a household.' })
export class HouseholdInvitationDto {
  @Field(() => ID)
  id: string;

  @Field()
  householdName: string;

  @Field()
  invitedBy: string;

  @Field()
  createdAt: Date;
}

@ObjectType('DeskAction', {
  description: 'Something a staff member did for me at the desk, with my agreement.',
})
export class DeskActionDto {
  @Field(() => ID)
  id: string;

  @Field({ description: 'account_created, activation_code_reissued…' })
  action: string;

  @Field({ description: 'Display name of the staff member.' })
  staffName: string;

  @Field()
  communityName: string;

  @Field()
  createdAt: Date;
}

@ObjectType('Me', {
  description: 'The logged-in person: profile, communities, household, history.',
})
export class MeDto {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Login of an account made at the desk.' })
  login: string | null;

  @Field(() => LocaleEnum)
  locale: LocaleEnum;

  @Field()
  isServerAdmin: boolean;

  @Field(() => [MyMembershipDto])
  memberships: MyMembershipDto[];

  @Field(() => HouseholdDto, { nullable: true })
  household: HouseholdDto | null;

  @Field(() => [HouseholdInvitationDto])
  householdInvitations: HouseholdInvitationDto[];

  @Field(() => [DeskActionDto], {
    description: 'What staff did for me at the desk (latest first).',
  })
  deskHistory: DeskActionDto[];
}
