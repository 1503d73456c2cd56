import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReportReasonCount')
export class ReportReasonCountDto {
  @Field({ description: 'harassment, hate, violence, private_information, spam, illegal, other' })
  reason: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('ModerationItem', { description: 'A reported item as the team sees it.' })
export class ModerationItemDto {
  @Field({ description: 'post, comment, member… (pluggable)' })
  type: string;

  @Field(() => ID)
  id: string;

  @Field({ description: 'What kind of item, in French.' })
  label: string;

  @Field()
  excerpt: string;

  @Field(() => ID, { nullable: true })
  authorId: string | null;

  @Field(() => String, { nullable: true, description: 'Null: a former member, or gone.' })
  authorName: string | null;

  @Field(() => String, { nullable: true })
  link: string | null;

  @Field()
  hidden: boolean;

  @Field({ description: 'The item no longer exists (deleted by its author).' })
  gone: boolean;
}

@ObjectType('ModerationCase', { description: 'The open reports of one item, grouped.' })
export class ModerationCaseDto {
  @Field(() => ModerationItemDto)
  item: ModerationItemDto;

  @Field(() => Int, { description: 'How many members reported it.' })
  reportCount: number;

  @Field(() => [ReportReasonCountDto])
  reasons: ReportReasonCountDto[];

  @Field(() => [String], { description: 'What reporters wrote (without their names).' })
  details: string[];

  @Field()
  firstReportedAt: Date;
}

@ObjectType('ModerationDecision', { description: 'One line of the moderation log.' })
export class ModerationDecisionDto {
  @Field(() => ID)
  id: string;

  @Field()
  itemType: string;

  @Field(() => ID)
  itemId: string;

  @Field({
    description:
      'dismiss, hide, restore, delete, warn, suspend, exclude, auto_hide, lock_comments, unlock_comments',
  })
  action: string;

  @Field()
  reason: string;

  @Field(() => String, { nullable: true })
  subjectName: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who decided; null when automatic or a former member.',
  })
  decidedByName: string | null;

  @Field()
  automatic: boolean;

  @Field()
  decidedAt: Date;

  @Field(() => Date, { nullable: true })
  suspendedUntil: Date | null;

  @Field(() => Int, { nullable: true, description: 'The charter version in force then.' })
  charterVersion: number | null;

  @Field({ description: 'The member concerned appealed it.' })
  appealed: boolean;
}

@ObjectType('ModerationLogPage')
export class ModerationLogPageDto {
  @Field(() => [ModerationDecisionDto])
  decisions: ModerationDecisionDto[];

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType('MyModerationDecision', {
  description: 'A decision about me, with whether I may still appeal it.',
})
export class MyModerationDecisionDto {
  @Field(() => ID)
  id: string;

  @Field()
  action: string;

  @Field()
  reason: string;

  @Field()
  decidedAt: Date;

  @Field(() => Date, { nullable: true })
  suspendedUntil: Date | null;

  @Field()
  mayAppeal: boolean;

  @Field(() => String, { nullable: true })
  appealMessage: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The answer: true if the team agreed.' })
  appealUpheld: boolean | null;
}

@ObjectType('ModerationAppeal')
export class ModerationAppealDto {
  @Field(() => ID)
  id: string;

  @Field(() => ModerationDecisionDto)
  decision: ModerationDecisionDto;

  @Field()
  message: string;

  @Field()
  createdAt: Date;
}

@InputType('ReportInput')
export class ReportInput {
  @Field({ description: 'post, comment or member' })
  itemType: string;

  @Field(() => ID)
  itemId: string;

  @Field()
  reason: string;

  @Field(() => String, { nullable: true })
  details?: string | null;
}

@InputType('ModerationDecisionInput')
export class ModerationDecisionInput {
  @Field()
  itemType: string;

  @Field(() => ID)
  itemId: string;

  @Field({ description: 'dismiss, hide, restore, delete, warn, suspend or exclude' })
  action: string;

  @Field({ description: 'Why, in words the member will read.' })
  reason: string;

  @Field(() => Int, { nullable: true, description: 'For a suspension: how many days.' })
  suspensionDays?: number | null;
}
