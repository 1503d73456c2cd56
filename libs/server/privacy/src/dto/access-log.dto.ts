import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AccessLogEntry', {
  description: 'One time a member of the team opened, exported or acted on a resident’s data.',
})
export class AccessLogEntryDto {
  @Field(() => ID)
  id: string;

  @Field()
  communityName: string;

  @Field({ description: 'Who in the team (“Ancien membre” once their account is gone).' })
  staffName: string;

  @Field(() => String, {
    nullable: true,
    description: 'Whose data (admins only; null for a list or a person since erased).',
  })
  subjectName: string | null;

  @Field({ description: 'open_file, export_list, desk_action or erase_on_request' })
  action: string;

  @Field()
  reason: string;

  @Field()
  createdAt: Date;
}

@ObjectType('AccessLogEdge')
export class AccessLogEdgeDto {
  @Field()
  cursor: string;

  @Field(() => AccessLogEntryDto)
  node: AccessLogEntryDto;
}

@ObjectType('AccessLogPage')
export class AccessLogPageDto {
  @Field(() => [AccessLogEdgeDto])
  edges: AccessLogEdgeDto[];

  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}
