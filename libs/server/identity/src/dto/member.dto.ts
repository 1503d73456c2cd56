import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MembershipStatusEnum, RoleEnum } from '../identity.enums';

@ObjectType('Member', { description: 'A person of the community, as the staff see them.' })
export class MemberDto {
  @Field(() => ID, { description: 'The membership id.' })
  id: string;

  @Field(() => ID)
  accountId: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  login: string | null;

  @Field(() => RoleEnum)
  role: RoleEnum;

  @Field(() => MembershipStatusEnum)
  status: MembershipStatusEnum;

  @Field({ description: 'The account still waits for its activation code to be used.' })
  awaitingActivation: boolean;

  @Field()
  requestedAt: Date;

  @Field(() => String, { nullable: true })
  decisionMessage: string | null;
}

@ObjectType('MemberEdge')
export class MemberEdgeDto {
  @Field()
  cursor: string;

  @Field(() => MemberDto)
  node: MemberDto;
}

@ObjectType('PageInfo')
export class PageInfoDto {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType('MemberConnection')
export class MemberConnectionDto {
  @Field(() => [MemberEdgeDto])
  edges: MemberEdgeDto[];

  @Field(() => PageInfoDto)
  pageInfo: PageInfoDto;
}

@ObjectType('RoleChange', { description: 'One entry of the log of role changes.' })
export class RoleChangeDto {
  @Field(() => ID)
  id: string;

  @Field()
  memberName: string;

  @Field(() => RoleEnum, { nullable: true })
  fromRole: RoleEnum | null;

  @Field(() => RoleEnum)
  toRole: RoleEnum;

  @Field()
  changedBy: string;

  @Field()
  changedAt: Date;
}

@ObjectType('ActivationSheet', {
  description: 'What the desk prints for a resident: login, one-time code, address and QR code.',
})
export class ActivationSheetDto {
  @Field(() => ID)
  accountId: string;

  @Field()
  displayName: string;

  @Field()
  communityName: string;

  @Field()
  login: string;

  @Field({ description: 'One-time activation code; shown only now.' })
  code: string;

  @Field({ description: 'The page where the code is used.' })
  activationUrl: string;

  @Field({ description: 'QR code of the activation link, as an SVG document.' })
  qrCodeSvg: string;

  @Field()
  expiresAt: Date;
}
