import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PollKindEnum {
  single = 'single',
  multiple = 'multiple',
  date = 'date',
  ranked = 'ranked',
}
registerEnumType(PollKindEnum, {
  name: 'PollKind',
  description: 'One answer, several answers, dates (oui / si besoin / non), or a ranking.',
});

export enum PollVotersEnum {
  members = 'members',
  households = 'households',
}
registerEnumType(PollVotersEnum, {
  name: 'PollVoters',
  description: 'Every member votes, or one ballot per household.',
});

export enum PollResultsVisibilityEnum {
  always = 'always',
  after_vote = 'after_vote',
  after_close = 'after_close',
}
registerEnumType(PollResultsVisibilityEnum, { name: 'PollResultsVisibility' });

export enum PollStatusEnum {
  upcoming = 'upcoming',
  open = 'open',
  closed = 'closed',
}
registerEnumType(PollStatusEnum, { name: 'PollStatus' });

export enum DateAnswerEnum {
  yes = 'yes',
  maybe = 'maybe',
  no = 'no',
}
registerEnumType(DateAnswerEnum, {
  name: 'DateAnswer',
  description: 'oui, si besoin, non.',
});

@ObjectType('PollOptionPhoto', { description: 'The photo of an answer, with its description.' })
export class PollOptionPhotoDto {
  @Field({ description: 'The small version (members only).' })
  url: string;
  @Field()
  largeUrl: string;
  @Field()
  alt: string;
  @Field(() => Int)
  width: number;
  @Field(() => Int)
  height: number;
}

@ObjectType('PollOption')
export class PollOptionDto {
  @Field(() => ID)
  id: string;
  @Field({ description: 'The text of the answer (may be empty for a date).' })
  label: string;
  @Field(() => Date, { nullable: true, description: 'Date polls: the date and time proposed.' })
  startsAt: Date | null;
  @Field(() => PollOptionPhotoDto, { nullable: true })
  photo: PollOptionPhotoDto | null;
}

@ObjectType('DateAnswerChoice')
export class DateAnswerChoiceDto {
  @Field(() => ID)
  optionId: string;
  @Field(() => DateAnswerEnum)
  answer: DateAnswerEnum;
}

@ObjectType('PollMyBallot', {
  description: 'My ballot in a named poll (never in an anonymous one).',
})
export class PollMyBallotDto {
  @Field(() => [ID], { description: 'The options chosen, in order for a ranking.' })
  optionIds: string[];
  @Field(() => [DateAnswerChoiceDto])
  answers: DateAnswerChoiceDto[];
}

@ObjectType('PollOptionResult')
export class PollOptionResultDto {
  @Field(() => ID)
  optionId: string;
  @Field(() => Int, {
    description: 'Ballots choosing it (first choices for a ranking, "oui" for a date).',
  })
  count: number;
  @Field(() => Float, { description: 'count / ballots, in per cent, one decimal.' })
  percent: number;
  @Field(() => Int)
  yes: number;
  @Field(() => Int)
  maybe: number;
  @Field(() => Int)
  no: number;
  @Field({ description: 'The best date, or a winner of the ranking.' })
  best: boolean;
}

@ObjectType('RunoffCount')
export class RunoffCountDto {
  @Field(() => ID)
  optionId: string;
  @Field(() => Int)
  votes: number;
}

@ObjectType('RunoffRound', { description: 'One round of the instant-runoff count.' })
export class RunoffRoundDto {
  @Field(() => [RunoffCountDto])
  counts: RunoffCountDto[];
  @Field(() => Int)
  continuing: number;
  @Field(() => Int, { description: 'Ballots whose ranked options are all eliminated.' })
  exhausted: number;
  @Field(() => [ID])
  eliminated: string[];
}

@ObjectType('PollResults')
export class PollResultsDto {
  @Field(() => Int)
  ballots: number;
  @Field(() => Int, { description: 'Members (or households) who may vote.' })
  eligible: number;
  @Field(() => Float, { description: 'ballots / eligible, in per cent, one decimal.' })
  participationPercent: number;
  @Field(() => [PollOptionResultDto])
  options: PollOptionResultDto[];
  @Field(() => [RunoffRoundDto], { description: 'Ranked polls: the rounds of the count.' })
  rounds: RunoffRoundDto[];
  @Field(() => [ID], { description: 'The best options (ties give several, none without ballots).' })
  best: string[];
}

@ObjectType('Poll')
export class PollDto {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  communityId: string;
  @Field(() => PollKindEnum)
  kind: PollKindEnum;
  @Field()
  title: string;
  @Field()
  description: string;
  @Field(() => String, { nullable: true })
  createdByName: string | null;
  @Field({ description: 'Created by a resident (such polls can be reported).' })
  createdByResident: boolean;
  @Field({ description: 'Created by me.' })
  createdByMe: boolean;
  @Field()
  opensAt: Date;
  @Field()
  closesAt: Date;
  @Field({ description: 'IANA time zone of the community.' })
  timeZone: string;
  @Field(() => PollStatusEnum)
  status: PollStatusEnum;
  @Field()
  anonymous: boolean;
  @Field(() => PollVotersEnum)
  voters: PollVotersEnum;
  @Field(() => PollResultsVisibilityEnum)
  resultsVisibility: PollResultsVisibilityEnum;
  @Field()
  ballotsChangeable: boolean;
  @Field(() => Int, { nullable: true })
  minChoices: number | null;
  @Field(() => Int, { nullable: true })
  maxChoices: number | null;
  @Field(() => String, { nullable: true })
  subjectType: string | null;
  @Field(() => ID, { nullable: true })
  subjectId: string | null;
  @Field(() => String, { nullable: true, description: '"Ce que nous en faisons", once closed.' })
  outcome: string | null;
  @Field(() => Date, { nullable: true })
  outcomeAt: Date | null;
  @Field()
  hidden: boolean;
  @Field(() => [PollOptionDto])
  options: PollOptionDto[];
  @Field({ description: 'I (or my household, for a household poll) have voted.' })
  hasVoted: boolean;
  @Field({ description: 'I may vote now (or change my ballot).' })
  canVote: boolean;
  @Field(() => PollMyBallotDto, { nullable: true })
  myBallot: PollMyBallotDto | null;
  @Field({ description: 'I may change the poll, close it, publish the outcome, export.' })
  canManage: boolean;
  @Field(() => Int, { description: 'Ballots cast so far.' })
  ballots: number;
  @Field(() => PollResultsDto, {
    nullable: true,
    description: 'Null while the results are not to be shown to me yet.',
  })
  results: PollResultsDto | null;
}

@ObjectType('PollSettings')
export class PollSettingsDto {
  @Field({ description: 'Residents may create polls, not only the team.' })
  residentsMayCreate: boolean;
}

@InputType('PollOptionInput')
export class PollOptionInputDto {
  @Field({ nullable: true, defaultValue: '' })
  label?: string;
  @Field(() => String, { nullable: true, description: 'Date polls: local "YYYY-MM-DDTHH:mm".' })
  startsAt?: string | null;
  @Field(() => ID, { nullable: true, description: 'A photo uploaded to /media/…/poll-photos.' })
  photoId?: string | null;
  @Field({ nullable: true, defaultValue: '', description: 'The photo described in words.' })
  photoAlt?: string;
}

@InputType('CreatePollInput')
export class CreatePollInputDto {
  @Field(() => PollKindEnum)
  kind: PollKindEnum;
  @Field()
  title: string;
  @Field({ nullable: true, defaultValue: '' })
  description?: string;
  @Field(() => [PollOptionInputDto])
  options: PollOptionInputDto[];
  @Field(() => String, { nullable: true, description: 'Local "YYYY-MM-DDTHH:mm"; empty: now.' })
  opensAt?: string | null;
  @Field({ description: 'Local "YYYY-MM-DDTHH:mm" in the community time zone.' })
  closesAt: string;
  @Field({ nullable: true, defaultValue: false })
  anonymous?: boolean;
  @Field(() => PollVotersEnum, { nullable: true, defaultValue: PollVotersEnum.members })
  voters?: PollVotersEnum;
  @Field(() => PollResultsVisibilityEnum, {
    nullable: true,
    defaultValue: PollResultsVisibilityEnum.always,
  })
  resultsVisibility?: PollResultsVisibilityEnum;
  @Field({ nullable: true, defaultValue: true })
  ballotsChangeable?: boolean;
  @Field(() => Int, { nullable: true })
  minChoices?: number | null;
  @Field(() => Int, { nullable: true })
  maxChoices?: number | null;
  @Field(() => String, { nullable: true, description: 'idea or activity (for later).' })
  subjectType?: string | null;
  @Field(() => ID, { nullable: true })
  subjectId?: string | null;
}

@InputType('UpdatePollInput', { description: 'Settings that can change while a poll runs.' })
export class UpdatePollInputDto {
  @Field(() => String, { nullable: true })
  title?: string | null;
  @Field(() => String, { nullable: true })
  description?: string | null;
  @Field(() => String, { nullable: true, description: 'Local "YYYY-MM-DDTHH:mm".' })
  closesAt?: string | null;
  @Field(() => Boolean, { nullable: true })
  anonymous?: boolean | null;
  @Field(() => PollResultsVisibilityEnum, { nullable: true })
  resultsVisibility?: PollResultsVisibilityEnum | null;
  @Field(() => Boolean, { nullable: true })
  ballotsChangeable?: boolean | null;
}

@InputType('DateAnswerInput')
export class DateAnswerInputDto {
  @Field(() => ID)
  optionId: string;
  @Field(() => DateAnswerEnum)
  answer: DateAnswerEnum;
}

@InputType('PollBallotInput')
export class PollBallotInputDto {
  @Field(() => [ID], {
    nullable: true,
    defaultValue: [],
    description: 'Single and multiple choice: the options chosen; ranked: all ranked, best first.',
  })
  optionIds?: string[];
  @Field(() => [DateAnswerInputDto], {
    nullable: true,
    defaultValue: [],
    description: 'Date polls: one answer per date.',
  })
  answers?: DateAnswerInputDto[];
}
