import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, fieldProblem, parseInput, Transactions } from '@palier/server-core';
import {
  closureInput,
  communityProfileInput,
  documentInput,
  newCommunityInput,
  newsInput,
  type Locale,
  type OpeningPeriod,
} from '@palier/shared';
import { DateTime } from 'luxon';
import { DataSource, EntityManager, In, MoreThanOrEqual } from 'typeorm';
import { CommunityClosureEntity } from './community-closure.entity';
import { CommunityDocumentEntity, type DocumentKind } from './community-document.entity';
import { CommunityNewsEntity } from './community-news.entity';
import { CommunityEntity } from './community.entity';
import { DEFAULT_CHARTER, DEFAULT_PRIVACY_NOTICE } from './default-documents';
import { fromCommunityEntity, type CommunityDto } from './dto/community.dto';
import {
  fromClosureEntity,
  fromDocumentEntity,
  fromNewsEntity,
  fromOpeningStatus,
  type ClosureDto,
  type CommunityDocumentDto,
  type NewsDto,
  type OpeningStatusDto,
} from './dto/community-parts.dto';
import { isoDate, openingStatus } from './opening-status';
import { renderSasSnapshot } from './sas-snapshot/render-sas-snapshot';
import './community.events';

export interface NewCommunityDocuments {
  charter?: { summary: string; body: string };
  privacyNotice?: { summary: string; body: string };
}

const SAS_NEWS_COUNT = 5;

/** Communities: their public profile, documents, closures and news. */
@Injectable()
export class CommunityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
  ) {}

  /** The directory of communities on this server, by name. */
  async list(): Promise<CommunityDto[]> {
    const rows = await this.db.getRepository(CommunityEntity).find({ order: { name: 'ASC' } });
    return rows.map(fromCommunityEntity);
  }

  /** Several communities by id, in one query (unknown ids are left out). */
  async getByIds(ids: string[]): Promise<CommunityDto[]> {
    if (!ids.length) return [];
    const rows = await this.db.getRepository(CommunityEntity).findBy({ id: In(ids) });
    return rows.map(fromCommunityEntity);
  }

  async getBySlug(slug: string): Promise<CommunityDto> {
    const row =
      slug.length <= 60 ? await this.db.getRepository(CommunityEntity).findOneBy({ slug }) : null;
    if (!row) throw AppError.notFound('Nous ne connaissons pas cette communauté.');
    return fromCommunityEntity(row);
  }

  async getById(id: string, manager: EntityManager = this.db.manager): Promise<CommunityDto> {
    const row = await manager.getRepository(CommunityEntity).findOneBy({ id });
    if (!row) throw AppError.notFound('Nous ne connaissons pas cette communauté.');
    return fromCommunityEntity(row);
  }

  /** Creates a community with the starting charter and privacy notice (version 1 of each). */
  async create(
    input: unknown,
    byAccountId: string | null,
    manager: EntityManager,
    documents: NewCommunityDocuments = {},
  ): Promise<CommunityDto> {
    const data = parseInput(newCommunityInput, input);
    const exists = await manager.getRepository(CommunityEntity).existsBy({ slug: data.slug });
    if (exists) throw AppError.badInput([fieldProblem('slug', 'taken')]);
    const community = await manager.getRepository(CommunityEntity).save({
      ...data,
      phone: data.phone ?? null,
      email: data.email ?? null,
      logoUrl: data.logoUrl ?? null,
      openingHours: data.openingHours as OpeningPeriod[],
    });
    const docs = manager.getRepository(CommunityDocumentEntity);
    await docs.insert([
      {
        communityId: community.id,
        kind: 'charter',
        version: 1,
        ...(documents.charter ?? DEFAULT_CHARTER),
        publishedByAccountId: byAccountId,
        publishedAt: new Date(),
      },
      {
        communityId: community.id,
        kind: 'privacy_notice',
        version: 1,
        ...(documents.privacyNotice ?? DEFAULT_PRIVACY_NOTICE),
        publishedByAccountId: byAccountId,
        publishedAt: new Date(),
      },
    ]);
    return fromCommunityEntity(community);
  }

  async updateProfile(communityId: string, input: unknown): Promise<CommunityDto> {
    const data = parseInput(communityProfileInput, input);
    await this.db.getRepository(CommunityEntity).update(communityId, {
      ...data,
      phone: data.phone ?? null,
      email: data.email ?? null,
      logoUrl: data.logoUrl ?? null,
      openingHours: data.openingHours as OpeningPeriod[],
    });
    return this.getById(communityId);
  }

  /** The documents in force, by kind (every community has both from its creation). */
  async currentDocuments(
    communityId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<Record<DocumentKind, CommunityDocumentDto>> {
    const rows: CommunityDocumentEntity[] = await manager
      .getRepository(CommunityDocumentEntity)
      .createQueryBuilder('d')
      .distinctOn(['d.kind'])
      .where('d.community_id = :communityId', { communityId })
      .orderBy('d.kind')
      .addOrderBy('d.version', 'DESC')
      .getMany();
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, fromDocumentEntity(r)]));
    if (!byKind['charter'] || !byKind['privacy_notice']) throw AppError.notFound();
    return byKind as Record<DocumentKind, CommunityDocumentDto>;
  }

  /** Publishes a new version; members are asked to accept it at their next visit. */
  async publishDocument(
    communityId: string,
    kind: DocumentKind,
    input: unknown,
    byAccountId: string,
  ): Promise<CommunityDocumentDto> {
    const data = parseInput(documentInput, input);
    return this.db.transaction(async (manager) => {
      // Lock the community row so two publications do not race for the same version number.
      await manager
        .getRepository(CommunityEntity)
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.id = :communityId', { communityId })
        .getOne();
      const current = await this.currentDocuments(communityId, manager);
      const row = await manager.getRepository(CommunityDocumentEntity).save({
        communityId,
        kind,
        version: current[kind].version + 1,
        summary: data.summary,
        body: data.body,
        publishedAt: new Date(),
        publishedByAccountId: byAccountId,
      });
      return fromDocumentEntity(row);
    });
  }

  async openingStatus(community: CommunityDto, now = new Date()): Promise<OpeningStatusDto> {
    const closures = await this.closuresFrom(
      community.id,
      isoDate(DateTime.fromJSDate(now, { zone: community.timeZone })),
    );
    return fromOpeningStatus(
      openingStatus(now, community.timeZone, community.openingHours as OpeningPeriod[], closures),
    );
  }

  /** Closures that end today or later, soonest first. */
  async upcomingClosures(community: CommunityDto, now = new Date()): Promise<ClosureDto[]> {
    const today = isoDate(DateTime.fromJSDate(now, { zone: community.timeZone }));
    return (await this.closuresFrom(community.id, today)).map(fromClosureEntity);
  }

  private closuresFrom(communityId: string, date: string): Promise<CommunityClosureEntity[]> {
    return this.db.getRepository(CommunityClosureEntity).find({
      where: { communityId, endsOn: MoreThanOrEqual(date) },
      order: { startsOn: 'ASC' },
      take: 50,
    });
  }

  async addClosure(communityId: string, input: unknown): Promise<ClosureDto> {
    const data = parseInput(closureInput, input);
    const row = await this.db.getRepository(CommunityClosureEntity).save({ communityId, ...data });
    return fromClosureEntity(row);
  }

  async removeClosure(communityId: string, closureId: string): Promise<boolean> {
    const result = await this.db
      .getRepository(CommunityClosureEntity)
      .delete({ id: closureId, communityId });
    if (!result.affected) throw AppError.notFound();
    return true;
  }

  /** The sas of this slug as plain HTML (see render-sas-snapshot.ts), or undefined if unknown. */
  async sasSnapshot(
    slug: string,
    locale: Locale,
  ): Promise<{ name: string; html: string } | undefined> {
    const community = await this.getBySlug(slug).catch(() => undefined);
    if (!community) return undefined;
    const [status, news] = await Promise.all([
      this.openingStatus(community),
      this.latestNews(community.id),
    ]);
    return { name: community.name, html: renderSasSnapshot({ community, status, news, locale }) };
  }

  async latestNews(communityId: string): Promise<NewsDto[]> {
    const rows = await this.db.getRepository(CommunityNewsEntity).find({
      where: { communityId },
      order: { publishedAt: 'DESC' },
      take: SAS_NEWS_COUNT,
    });
    return rows.map(fromNewsEntity);
  }

  async publishNews(communityId: string, input: unknown, byAccountId: string): Promise<NewsDto> {
    const data = parseInput(newsInput, input);
    return this.tx.run(async (manager, emit) => {
      const row = await manager
        .getRepository(CommunityNewsEntity)
        .save({ communityId, ...data, authorAccountId: byAccountId, publishedAt: new Date() });
      emit({ type: 'news.published', payload: { communityId, newsId: row.id, title: row.title } });
      return fromNewsEntity(row);
    });
  }

  async removeNews(communityId: string, newsId: string): Promise<boolean> {
    const result = await this.db
      .getRepository(CommunityNewsEntity)
      .delete({ id: newsId, communityId });
    if (!result.affected) throw AppError.notFound();
    return true;
  }
}
