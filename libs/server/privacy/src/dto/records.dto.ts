import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SubProcessor', { description: 'A company that handles data for the centre.' })
export class SubProcessorDto {
  @Field()
  name: string;

  @Field()
  purpose: string;

  @Field({ description: 'Where the data is, e.g. "France".' })
  location: string;
}

@InputType('SubProcessorInput')
export class SubProcessorInput {
  @Field()
  name: string;

  @Field()
  purpose: string;

  @Field()
  location: string;
}

@ObjectType('PrivacyProfile', {
  description: 'Who is responsible for the data of a community (editable by its admins).',
})
export class PrivacyProfileDto {
  @Field({ description: 'The data controller, e.g. "Association Centre social La Passerelle".' })
  controllerName: string;

  @Field()
  controllerAddress: string;

  @Field({ description: 'How to reach the data protection officer (or the person in charge).' })
  dpoContact: string;

  @Field(() => [SubProcessorDto])
  subProcessors: SubProcessorDto[];
}

@InputType('PrivacyProfileInput')
export class PrivacyProfileInput {
  @Field()
  controllerName: string;

  @Field()
  controllerAddress: string;

  @Field()
  dpoContact: string;

  @Field(() => [SubProcessorInput])
  subProcessors: SubProcessorInput[];
}

@ObjectType('ProcessingActivity', {
  description: 'One line of the processing register, declared by the module that keeps the data.',
})
export class ProcessingActivityDto {
  @Field()
  module: string;

  @Field()
  name: string;

  @Field()
  categories: string;

  @Field()
  purpose: string;

  @Field()
  legalBasis: string;

  @Field()
  retention: string;

  @Field()
  recipients: string;
}

@ObjectType('RetentionPeriod', { description: 'A retention period as the community set it.' })
export class RetentionPeriodDto {
  @Field()
  label: string;

  @Field()
  outcome: string;

  @Field(() => Int)
  days: number;
}

@ObjectType('ProcessingRegister', {
  description:
    'The processing register (registre des traitements) and the facts of the privacy notice of a community, generated from what the modules collect. Public.',
})
export class ProcessingRegisterDto {
  @Field()
  communityName: string;

  @Field()
  communitySlug: string;

  @Field(() => PrivacyProfileDto)
  profile: PrivacyProfileDto;

  @Field(() => [ProcessingActivityDto])
  activities: ProcessingActivityDto[];

  @Field(() => [RetentionPeriodDto])
  retention: RetentionPeriodDto[];

  @Field({ description: 'The community’s own privacy notice, current version (plain text).' })
  noticeText: string;

  @Field(() => Int)
  noticeVersion: number;

  @Field({ description: 'Third-party trackers, fonts or CDNs loaded by Palier: always none.' })
  thirdPartyTrackers: boolean;

  @Field()
  generatedAt: Date;
}
