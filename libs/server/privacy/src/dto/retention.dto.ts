import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('RetentionSetting', {
  description: 'How long one kind of data is kept in a community, and what the last purge did.',
})
export class RetentionSettingDto {
  @Field()
  key: string;

  @Field({ description: 'What is kept, in plain French.' })
  label: string;

  @Field({ description: 'What happens at the end, e.g. "effacées".' })
  outcome: string;

  @Field(() => Int)
  days: number;

  @Field(() => Int)
  defaultDays: number;

  @Field(() => Int)
  minDays: number;

  @Field(() => Int)
  maxDays: number;

  @Field(() => Date, { nullable: true })
  lastPurgeAt: Date | null;

  @Field(() => Int, { description: 'Rows purged by the last purge that found something.' })
  lastPurgeCount: number;
}
