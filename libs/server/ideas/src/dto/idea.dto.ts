import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PhotoDto } from '@palier/server-core';

export enum IdeaStatusEnum {
  submitted = 'submitted',
  under_study = 'under_study',
  accepted = 'accepted',
  declined = 'declined',
  in_progress = 'in_progress',
  done = 'done',
}
registerEnumType(IdeaStatusEnum, {
  name: 'IdeaStatus',
  description: 'Where an idea stands in the centre’s workflow.',
});

export enum IdeaSortEnum {
  newest = 'newest',
  most_supported = 'most_supported',
}
registerEnumType(IdeaSortEnum, { name: 'IdeaSort' });

export enum IdeaOutcomeKindEnum {
  activity = 'activity',
  collective_project = 'collective_project',
}
registerEnumType(IdeaOutcomeKindEnum, {
  name: 'IdeaOutcomeKind',
  description: 'What an accepted idea became.',
});

@ObjectType('IdeaCategory')
export class IdeaCategoryDto {
  @Field(() => ID)
  id: string;
  @Field()
  name: string;
  @Field({ description: 'No longer offered for new ideas; its ideas keep it.' })
  archived: boolean;
}

@ObjectType('IdeaAuthor')
export class IdeaAuthorDto {
  @Field(() => ID, { nullable: true })
  id: string | null;
  @Field({ description: 'The display name, or "Ancien membre" in the reader’s language.' })
  displayName: string;
  @Field()
  formerMember: boolean;
}

@ObjectType('IdeaRef', { description: 'Another idea, by its title.' })
export class IdeaRefDto {
  @Field(() => ID)
  id: string;
  @Field()
  title: string;
}

@ObjectType('IdeaOutcome', {
  description: 'What the idea became (an activity, a collective project), kept linked to it.',
})
export class IdeaOutcomeDto {
  @Field(() => IdeaOutcomeKindEnum)
  kind: IdeaOutcomeKindEnum;
  @Field(() => String, { nullable: true, description: 'Its id in its own module, if any.' })
  ref: string | null;
  @Field()
  title: string;
}

@ObjectType('Idea')
export class IdeaDto {
  @Field(() => ID)
  id: string;
  @Field()
  title: string;
  @Field({ description: 'Plain text with line breaks.' })
  description: string;
  @Field(() => IdeaStatusEnum)
  status: IdeaStatusEnum;
  @Field(() => IdeaCategoryDto)
  category: IdeaCategoryDto;
  @Field(() => IdeaAuthorDto)
  author: IdeaAuthorDto;
  @Field(() => Int, { description: 'Members supporting it (erased members’ supports included).' })
  supportCount: number;
  @Field()
  supportedByMe: boolean;
  @Field(() => Int)
  commentCount: number;
  @Field()
  mine: boolean;
  @Field()
  createdAt: Date;
  @Field()
  statusChangedAt: Date;
  @Field()
  hidden: boolean;
  @Field(() => String, { nullable: true, description: 'Why moderation hid it (author, team).' })
  hiddenReason: string | null;
  @Field(() => IdeaRefDto, { nullable: true, description: 'The idea it was merged into.' })
  mergedInto: IdeaRefDto | null;
  @Field(() => IdeaOutcomeDto, { nullable: true })
  outcome: IdeaOutcomeDto | null;
  @Field(() => PhotoDto, { nullable: true })
  photo: PhotoDto | null;
  @Field(() => String, { nullable: true, description: 'The centre’s latest answer.' })
  latestAnswer: string | null;
}

@ObjectType('IdeaEdge')
export class IdeaEdgeDto {
  @Field(() => IdeaDto)
  node: IdeaDto;
  @Field()
  cursor: string;
}

@ObjectType('IdeaPage')
export class IdeaPageDto {
  @Field(() => [IdeaEdgeDto])
  edges: IdeaEdgeDto[];
  @Field()
  hasNextPage: boolean;
  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType('IdeaStatusChange', { description: 'A change of status with the centre’s answer.' })
export class IdeaStatusChangeDto {
  @Field(() => ID)
  id: string;
  @Field(() => IdeaStatusEnum)
  fromStatus: IdeaStatusEnum;
  @Field(() => IdeaStatusEnum)
  toStatus: IdeaStatusEnum;
  @Field()
  answer: string;
  @Field()
  createdAt: Date;
}

@ObjectType('IdeaComment')
export class IdeaCommentDto {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  ideaId: string;
  @Field(() => ID, { nullable: true, description: 'The comment this one answers (one level).' })
  parentId: string | null;
  @Field(() => IdeaAuthorDto)
  author: IdeaAuthorDto;
  @Field()
  body: string;
  @Field()
  createdAt: Date;
  @Field()
  hidden: boolean;
  @Field()
  mine: boolean;
}

@InputType('IdeaInput')
export class IdeaInputDto {
  @Field()
  title: string;
  @Field()
  description: string;
  @Field(() => ID)
  categoryId: string;
}

@InputType('IdeaFilter')
export class IdeaFilterDto {
  @Field(() => IdeaStatusEnum, { nullable: true })
  status?: IdeaStatusEnum | null;
  @Field(() => ID, { nullable: true })
  categoryId?: string | null;
  @Field(() => String, { nullable: true, description: 'Words to look for (French search).' })
  search?: string | null;
  @Field(() => IdeaSortEnum, { defaultValue: IdeaSortEnum.newest })
  sort: IdeaSortEnum;
}

@InputType('IdeaStatusInput')
export class IdeaStatusInputDto {
  @Field(() => IdeaStatusEnum)
  status: IdeaStatusEnum;
  @Field({ description: 'The centre’s answer, shown to everyone and sent to supporters.' })
  answer: string;
}

@InputType('IdeaCategoryInput')
export class IdeaCategoryInputDto {
  @Field()
  name: string;
  @Field({ defaultValue: false })
  archived: boolean;
}

@InputType('IdeaOutcomeInput')
export class IdeaOutcomeInputDto {
  @Field(() => IdeaOutcomeKindEnum)
  kind: IdeaOutcomeKindEnum;
  @Field(() => String, { nullable: true })
  ref?: string | null;
  @Field()
  title: string;
}

@InputType('IdeaCommentInput')
export class IdeaCommentInputDto {
  @Field()
  body: string;
  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}
