import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FILE_REASONS } from '@palier/shared';
import { DeskActionDto, HouseholdDto } from './account.dto';

export enum FileReasonEnum {
  visit = 'visit',
  appointment = 'appointment',
  registration = 'registration',
  request = 'request',
  other = 'other',
}
registerEnumType(FileReasonEnum, {
  name: 'FileReason',
  description: `Why the team opens a resident's file (${FILE_REASONS.join(', ')}); kept in the access log.`,
});

@ObjectType('ResidentConsent')
export class ResidentConsentDto {
  @Field()
  kind: string;

  @Field(() => Int, { nullable: true })
  version: number | null;

  @Field()
  granted: boolean;

  @Field()
  recordedAt: Date;
}

@ObjectType('ResidentFile', {
  description: 'Staff: what the centre knows of a resident (each opening is logged).',
})
export class ResidentFileDto {
  @Field(() => ID)
  accountId: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  login: string | null;

  @Field({ description: 'active or pending_activation' })
  accountStatus: string;

  @Field()
  role: string;

  @Field()
  membershipStatus: string;

  @Field()
  memberSince: Date;

  @Field(() => HouseholdDto, { nullable: true })
  household: HouseholdDto | null;

  @Field(() => [ResidentConsentDto], { description: 'Consents in this community, newest first.' })
  consents: ResidentConsentDto[];

  @Field(() => [DeskActionDto], { description: 'What the desk did for them, newest first.' })
  deskActions: DeskActionDto[];

  @Field({ description: 'An erasure of the account is planned (grace period).' })
  erasurePlanned: boolean;
}
