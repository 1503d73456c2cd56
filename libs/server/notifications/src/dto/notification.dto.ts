import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType('Notification', { description: 'Something that happened for me, in my language.' })
export class NotificationDto {
  @Field(() => ID)
  id: string;

  @Field({ description: 'membership_requested, membership_decided, household_invited…' })
  kind: string;

  @Field({ description: 'What happened, as a sentence in my language.' })
  text: string;

  @Field({ description: 'Where to look, an app path.' })
  link: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}

@ObjectType('NotificationEdge')
export class NotificationEdgeDto {
  @Field()
  cursor: string;

  @Field(() => NotificationDto)
  node: NotificationDto;
}

@ObjectType('NotificationPageInfo')
export class NotificationPageInfoDto {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType('NotificationConnection')
export class NotificationConnectionDto {
  @Field(() => [NotificationEdgeDto])
  edges: NotificationEdgeDto[];

  @Field(() => NotificationPageInfoDto)
  pageInfo: NotificationPageInfoDto;
}

@ObjectType('NotificationPreference')
export class NotificationPreferenceDto {
  @Field()
  kind: string;

  @Field({ description: 'immediately, daily, weekly or never' })
  channel: string;
}

@ObjectType('NotificationSettings', {
  description: 'How and when I get emails: the right to disconnect.',
})
export class NotificationSettingsDto {
  @Field(() => [NotificationPreferenceDto])
  preferences: NotificationPreferenceDto[];

  @Field(() => String, { nullable: true, description: 'No email between this time… ("HH:MM")' })
  quietHoursStart: string | null;

  @Field(() => String, { nullable: true, description: '…and this one ("HH:MM").' })
  quietHoursEnd: string | null;
}

@InputType('QuietHoursInput')
export class QuietHoursInput {
  @Field(() => String, { nullable: true })
  start: string | null;

  @Field(() => String, { nullable: true })
  end: string | null;
}
