import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CommunityClosureEntity } from '../community-closure.entity';
import type { CommunityDocumentEntity } from '../community-document.entity';
import type { CommunityNewsEntity } from '../community-news.entity';
import { DocumentKindEnum } from '../community.enums';
import type { OpeningStatus } from '../opening-status';

@ObjectType('OpeningStatus', { description: 'Open or closed now, in the community time zone.' })
export class OpeningStatusDto {
  @Field()
  isOpen: boolean;

  @Field(() => Date, { nullable: true, description: 'When open: when it closes.' })
  closesAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When closed: the next opening.' })
  nextOpeningAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'When closed for an exceptional closure: its label.',
  })
  closureLabel: string | null;
}

export const fromOpeningStatus = (s: OpeningStatus): OpeningStatusDto => ({ ...s });

@ObjectType('Closure', { description: 'An exceptional closure, local dates inclusive.' })
export class ClosureDto {
  @Field(() => ID)
  id: string;

  @Field({ description: 'YYYY-MM-DD' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD' })
  endsOn: string;

  @Field()
  label: string;
}

export const fromClosureEntity = (e: CommunityClosureEntity): ClosureDto => ({
  id: e.id,
  startsOn: e.startsOn,
  endsOn: e.endsOn,
  label: e.label,
});

@ObjectType('CommunityDocument', {
  description: 'A version of the charter or of the privacy notice.',
})
export class CommunityDocumentDto {
  @Field(() => ID)
  id: string;

  @Field(() => DocumentKindEnum)
  kind: DocumentKindEnum;

  @Field(() => Int)
  version: number;

  @Field({ description: 'Plain-language summary.' })
  summary: string;

  @Field({ description: 'Full text.' })
  body: string;

  @Field()
  publishedAt: Date;
}

export const fromDocumentEntity = (e: CommunityDocumentEntity): CommunityDocumentDto => ({
  id: e.id,
  kind: e.kind as DocumentKindEnum,
  version: e.version,
  summary: e.summary,
  body: e.body,
  publishedAt: e.publishedAt,
});

@ObjectType('News', { description: 'A public announcement of the community.' })
export class NewsDto {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field()
  publishedAt: Date;
}

export const fromNewsEntity = (e: CommunityNewsEntity): NewsDto => ({
  id: e.id,
  title: e.title,
  body: e.body,
  publishedAt: e.publishedAt,
});
