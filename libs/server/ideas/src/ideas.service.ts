import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  decodeCursor,
  encodeCursor,
  fieldProblem,
  parseInput,
  Transactions,
} from '@palier/server-core';
import { contributorOf, ModerationService } from '@palier/server-moderation';
import {
  IDEA_LIMITS,
  IDEA_OUTCOME_STATUSES,
  ideaCategoryInput,
  ideaInput,
  ideaListInput,
  ideaOutcomeInput,
  ideaStatusInput,
  mayChangeIdeaStatus,
  type IdeaStatus,
} from '@palier/shared';
import { DataSource, type EntityManager } from 'typeorm';
import './ideas.events';
import { ideaPhotoUrl } from './idea-photos.service';
import {
  IdeaCategoryDto,
  IdeaDto,
  IdeaOutcomeKindEnum,
  IdeaPageDto,
  IdeaStatusChangeDto,
  IdeaStatusEnum,
} from './dto/idea.dto';
import {
  isIdeaModerator,
  isIdeaStaff,
  STATUS_FR,
  visibleIdeasSql,
  type IdeaReader,
} from './ideas.policy';

/** Categories a community starts with (its staff rename, add or archive them). */
const DEFAULT_CATEGORIES = ['Activités et loisirs', 'Cadre de vie', 'Solidarité', 'Autre'];
/** Statuses in which members may still give their support. */
const OPEN_STATUSES: readonly IdeaStatus[] = [
  'submitted',
  'under_study',
  'accepted',
  'in_progress',
];

interface IdeaRow {
  id: string;
  community_id: string;
  title: string;
  description: string;
  status: IdeaStatus;
  created_at: Date;
  cursor_at: string;
  status_changed_at: Date;
  hidden_at: Date | null;
  hidden_reason: string | null;
  author_account_id: string | null;
  author_name: string | null;
  outcome_kind: IdeaOutcomeKindEnum | null;
  outcome_ref: string | null;
  outcome_title: string | null;
  category_id: string;
  category_name: string;
  category_archived: boolean;
  merged_id: string | null;
  merged_title: string | null;
  merged_into_id: string | null;
  support_count: number;
  supported: boolean;
  comment_count: number;
  latest_answer: string | null;
  photo: {
    id: string;
    alt: string;
    width: number;
    height: number;
    thumb_width: number;
    thumb_height: number;
  } | null;
}

/** The columns of an idea as every read selects them; `$2` is the reader's account id. */
const IDEA_SELECT = `SELECT i.id, i.community_id, i.title, i.description, i.status, i.created_at,
    i.created_at::text AS cursor_at, i.status_changed_at, i.hidden_at, i.hidden_reason, i.merged_into_id,
    i.author_account_id, a.display_name AS author_name, i.outcome_kind, i.outcome_ref, i.outcome_title,
    k.id AS category_id, k.name AS category_name, k.archived AS category_archived,
    m.id AS merged_id, m.title AS merged_title,
    CASE WHEN ph.id IS NULL THEN NULL ELSE json_build_object('id', ph.id, 'alt', ph.alt, 'width', ph.width,
      'height', ph.height, 'thumb_width', ph.thumb_width, 'thumb_height', ph.thumb_height) END AS photo,
    (SELECT count(*)::int FROM idea_support s WHERE s.idea_id = i.id) AS support_count,
    EXISTS (SELECT 1 FROM idea_support s WHERE s.idea_id = i.id AND s.account_id = $2::uuid) AS supported,
    (SELECT count(*)::int FROM idea_comment c WHERE c.idea_id = i.id AND c.hidden_at IS NULL) AS comment_count,
    (SELECT h.answer FROM idea_status_change h WHERE h.idea_id = i.id
      ORDER BY h.created_at DESC, h.id DESC LIMIT 1) AS latest_answer
  FROM idea i JOIN idea_category k ON k.id = i.category_id
  LEFT JOIN account a ON a.id = i.author_account_id
  LEFT JOIN idea m ON m.id = i.merged_into_id
  LEFT JOIN idea_photo ph ON ph.idea_id = i.id`;

/**
 * The idea box: members submit ideas in their community's categories and support them (one
 * support per member, by the database: counts are always counted, never kept by hand, so
 * concurrent supports cannot drift); the centre moves each idea through the status workflow of
 * `IDEA_TRANSITIONS` (libs/shared), with an answer at every change, merges duplicates and links
 * what an accepted idea became. Comments: see IdeaCommentsService.
 */
@Injectable()
export class IdeasService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly moderation: ModerationService,
  ) {}

  // ——— categories ———

  /** The community's categories (archived ones for staff only); the defaults on first use. */
  async categories(reader: IdeaReader, communityId: string): Promise<IdeaCategoryDto[]> {
    await this.db.query(
      `INSERT INTO idea_category (community_id, name, position)
       SELECT $1, name, position FROM unnest($2::text[]) WITH ORDINALITY AS d(name, position)
        WHERE NOT EXISTS (SELECT 1 FROM idea_category WHERE community_id = $1)
       ON CONFLICT DO NOTHING`,
      [communityId, DEFAULT_CATEGORIES],
    );
    const rows: { id: string; name: string; archived: boolean }[] = await this.db.query(
      `SELECT id, name, archived FROM idea_category WHERE community_id = $1 AND ($2 OR NOT archived)
        ORDER BY archived, position, name`,
      [communityId, isIdeaStaff(reader)],
    );
    return rows;
  }

  /** Staff add a category (id null) or rename / archive one. */
  async saveCategory(
    reader: IdeaReader,
    communityId: string,
    categoryId: string | null,
    raw: unknown,
  ): Promise<IdeaCategoryDto[]> {
    if (!isIdeaStaff(reader)) throw AppError.forbidden();
    const input = parseInput(ideaCategoryInput, raw);
    const taken = () => AppError.badInput([fieldProblem('name', 'taken')]);
    try {
      if (categoryId) {
        const [same]: unknown[] = await this.db.query(
          `SELECT 1 FROM idea_category WHERE community_id = $1 AND name = $2 AND id <> $3`,
          [communityId, input.name, categoryId],
        );
        if (same) throw taken();
        const [rows]: [unknown[]] = await this.db.query(
          `UPDATE idea_category SET name = $3, archived = $4 WHERE id = $1 AND community_id = $2 RETURNING id`,
          [categoryId, communityId, input.name, input.archived],
        );
        if (!rows.length) throw AppError.notFound();
      } else {
        const [{ n }]: { n: number }[] = await this.db.query(
          `SELECT count(*)::int AS n FROM idea_category WHERE community_id = $1`,
          [communityId],
        );
        if (n >= IDEA_LIMITS.categoriesMax)
          throw AppError.badInput(
            [fieldProblem('name', 'out_of_range')],
            `Une communauté a au plus ${IDEA_LIMITS.categoriesMax} catégories : archivez-en une d’abord.`,
          );
        const added: unknown[] = await this.db.query(
          `INSERT INTO idea_category (community_id, name, archived, position) VALUES ($1, $2, $3, $4)
           ON CONFLICT ON CONSTRAINT idea_category_unique_name DO NOTHING RETURNING id`,
          [communityId, input.name, input.archived, n + 1],
        );
        if (!added.length) throw taken();
      }
    } catch (error) {
      // Two renames at once to the same name: the database refuses the second.
      if ((error as { constraint?: string }).constraint === 'idea_category_unique_name')
        throw taken();
      throw error;
    }
    return this.categories(reader, communityId);
  }

  // ——— ideas ———

  async submit(reader: IdeaReader, communityId: string, raw: unknown): Promise<IdeaDto> {
    const input = parseInput(ideaInput, raw);
    const ideaId = await this.tx.run(async (manager, emit) => {
      await this.moderation.assertMayContribute(manager, communityId, reader.accountId);
      const [category]: { archived: boolean }[] = await manager.query(
        `SELECT archived FROM idea_category WHERE id = $1 AND community_id = $2`,
        [input.categoryId, communityId],
      );
      if (!category || category.archived)
        throw AppError.badInput([fieldProblem('categoryId', 'invalid_format')]);
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO idea (community_id, author_account_id, category_id, title, description)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [communityId, reader.accountId, input.categoryId, input.title, input.description],
      );
      emit({ type: 'ideas.changed', payload: { communityId, ideaId: row.id, removed: false } });
      return row.id;
    });
    return this.idea(reader, communityId, ideaId);
  }

  /** One idea the reader may see (a merged one too: its page points to the idea kept). */
  async idea(reader: IdeaReader, communityId: string, ideaId: string): Promise<IdeaDto> {
    const [row]: IdeaRow[] = await this.db.query(
      `${IDEA_SELECT} WHERE i.id = $1 AND i.community_id = $3 AND ${visibleIdeasSql(reader, 'i', 2)}`,
      [ideaId, reader.accountId, communityId],
    );
    if (!row) throw AppError.notFound('Cette idée n’existe pas ou n’est plus visible.');
    return toIdea(reader, row);
  }

  /**
   * A page of ideas (merged duplicates left out), newest or most supported first, by status,
   * category and words (PostgreSQL's French full-text search, plus the title's letters so that
   * the beginning of a word is found too).
   */
  async list(
    reader: IdeaReader,
    communityId: string,
    rawFilter: unknown,
    first: number,
    after: string | null,
  ): Promise<IdeaPageDto> {
    if (!Number.isInteger(first) || first < 1 || first > IDEA_LIMITS.pageSizeMax)
      throw AppError.badInput([fieldProblem('first', 'out_of_range')]);
    const filter = parseInput(ideaListInput, rawFilter ?? {});
    const params: unknown[] = [communityId, reader.accountId, first + 1];
    const where = [
      'i.community_id = $1',
      'i.merged_into_id IS NULL',
      visibleIdeasSql(reader, 'i', 2),
    ];
    if (filter.status) {
      params.push(filter.status);
      where.push(`i.status = $${params.length}`);
    }
    if (filter.categoryId) {
      params.push(filter.categoryId);
      where.push(`i.category_id = $${params.length}`);
    }
    if (filter.search) {
      params.push(filter.search);
      const p = `$${params.length}`;
      where.push(`(i.search @@ websearch_to_tsquery('french', ${p})
        OR i.title ILIKE '%' || replace(replace(replace(${p}, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')`);
    }
    const bySupport = filter.sort === 'most_supported';
    let keyset = '';
    if (after) {
      if (bySupport) {
        const [count, at, id] = decodeCursor(after, 3);
        params.push(Number(count), at, id);
        const n = params.length;
        keyset = `WHERE (x.support_count, x.created_at, x.id) < ($${n - 2}::int, $${n - 1}::timestamptz, $${n}::uuid)`;
      } else {
        const [at, id] = decodeCursor(after, 2);
        params.push(at, id);
        const n = params.length;
        keyset = `WHERE (x.created_at, x.id) < ($${n - 1}::timestamptz, $${n}::uuid)`;
      }
    }
    const order = bySupport
      ? 'x.support_count DESC, x.created_at DESC, x.id DESC'
      : 'x.created_at DESC, x.id DESC';
    const rows: IdeaRow[] = await this.db.query(
      `SELECT * FROM (${IDEA_SELECT} WHERE ${where.join(' AND ')}) x ${keyset} ORDER BY ${order} LIMIT $3`,
      params,
    );
    const page = rows.slice(0, first);
    const edges = page.map((r) => ({
      node: toIdea(reader, r),
      cursor: encodeCursor(
        bySupport ? [String(r.support_count), r.cursor_at, r.id] : [r.cursor_at, r.id],
      ),
    }));
    return {
      edges,
      hasNextPage: rows.length > first,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    };
  }

  /** Locks an idea of the community for a change; refuses merged ones. */
  private async lockIdea(
    manager: EntityManager,
    communityId: string,
    ideaId: string,
  ): Promise<{
    id: string;
    title: string;
    status: IdeaStatus;
    author_account_id: string | null;
    merged_into_id: string | null;
    hidden_at: Date | null;
  }> {
    const [row] = await manager.query(
      `SELECT id, title, status, author_account_id, merged_into_id, hidden_at FROM idea
        WHERE id = $1 AND community_id = $2 FOR UPDATE`,
      [ideaId, communityId],
    );
    if (!row) throw AppError.notFound('Cette idée n’existe pas ou n’est plus visible.');
    if (row.merged_into_id)
      throw AppError.forbidden(
        'Cette idée a été regroupée avec une autre : continuez sur l’idée gardée.',
      );
    return row;
  }

  /** A member gives (or withdraws) their support; one per member, whatever the concurrency. */
  async support(
    reader: IdeaReader,
    communityId: string,
    ideaId: string,
    supported: boolean,
  ): Promise<IdeaDto> {
    await this.tx.run(async (manager, emit) => {
      const idea = await this.lockIdea(manager, communityId, ideaId);
      if (idea.hidden_at && !isIdeaModerator(reader) && idea.author_account_id !== reader.accountId)
        throw AppError.notFound('Cette idée n’existe pas ou n’est plus visible.');
      if (supported) {
        if (idea.hidden_at) throw AppError.forbidden('Cette idée est masquée.');
        if (!OPEN_STATUSES.includes(idea.status))
          throw AppError.forbidden('Cette idée est close : on ne peut plus la soutenir.');
        await this.moderation.assertMayContribute(manager, communityId, reader.accountId);
        await manager.query(
          `INSERT INTO idea_support (idea_id, account_id, supporter_key) VALUES ($1, $2, $2)
           ON CONFLICT DO NOTHING`,
          [ideaId, reader.accountId],
        );
      } else {
        await manager.query(`DELETE FROM idea_support WHERE idea_id = $1 AND account_id = $2`, [
          ideaId,
          reader.accountId,
        ]);
      }
      emit({ type: 'ideas.changed', payload: { communityId, ideaId, removed: false } });
    });
    return this.idea(reader, communityId, ideaId);
  }

  /** The centre moves an idea to its next status, with its answer; author and supporters are told. */
  async changeStatus(
    reader: IdeaReader,
    communityId: string,
    ideaId: string,
    raw: unknown,
  ): Promise<IdeaDto> {
    if (!isIdeaStaff(reader)) throw AppError.forbidden();
    const input = parseInput(ideaStatusInput, raw);
    await this.tx.run(async (manager, emit) => {
      const idea = await this.lockIdea(manager, communityId, ideaId);
      if (!mayChangeIdeaStatus(idea.status, input.status))
        throw AppError.badInput(
          [fieldProblem('status', 'invalid_format')],
          `Une idée ${STATUS_FR[idea.status]} ne peut pas devenir « ${STATUS_FR[input.status]} ».`,
        );
      await manager.query(
        `UPDATE idea SET status = $2, status_changed_at = clock_timestamp() WHERE id = $1`,
        [ideaId, input.status],
      );
      await manager.query(
        `INSERT INTO idea_status_change (idea_id, from_status, to_status, answer, by_account_id)
         VALUES ($1, $2, $3, $4, $5)`,
        [ideaId, idea.status, input.status, input.answer, reader.accountId],
      );
      const supporters: { account_id: string }[] = await manager.query(
        `SELECT account_id FROM idea_support WHERE idea_id = $1 AND account_id IS NOT NULL`,
        [ideaId],
      );
      const recipientIds = othersThan(reader, [
        idea.author_account_id,
        ...supporters.map((s) => s.account_id),
      ]);
      emit({
        type: 'ideas.status.changed',
        payload: {
          communityId,
          ideaId,
          title: idea.title,
          status: input.status,
          answer: input.answer,
          recipientIds,
        },
      });
      emit({ type: 'ideas.changed', payload: { communityId, ideaId, removed: false } });
    });
    return this.idea(reader, communityId, ideaId);
  }

  /** The status history of an idea, oldest first, with the centre's answers. */
  async history(
    reader: IdeaReader,
    communityId: string,
    ideaId: string,
  ): Promise<IdeaStatusChangeDto[]> {
    await this.idea(reader, communityId, ideaId);
    const rows: {
      id: string;
      from_status: IdeaStatusEnum;
      to_status: IdeaStatusEnum;
      answer: string;
      created_at: Date;
    }[] = await this.db.query(
      `SELECT id, from_status, to_status, answer, created_at FROM idea_status_change
        WHERE idea_id = $1 ORDER BY created_at, id`,
      [ideaId],
    );
    return rows.map((r) => ({
      id: r.id,
      fromStatus: r.from_status,
      toStatus: r.to_status,
      answer: r.answer,
      createdAt: new Date(r.created_at),
    }));
  }

  /**
   * Staff merge a duplicate into the idea kept: its supports move over (a member who supported
   * both counts once), it then points to the idea kept; both authors are told.
   */
  async merge(
    reader: IdeaReader,
    communityId: string,
    duplicateId: string,
    intoId: string,
  ): Promise<IdeaDto> {
    if (!isIdeaStaff(reader)) throw AppError.forbidden();
    if (duplicateId === intoId)
      throw AppError.badInput(
        [fieldProblem('intoId', 'invalid_format')],
        'Choisissez une autre idée que celle-ci.',
      );
    await this.tx.run(async (manager, emit) => {
      // Always lock in the same order, so two crossed merges cannot deadlock.
      const [a, b] = [duplicateId, intoId].sort();
      const locked = {
        [a]: await this.lockIdea(manager, communityId, a),
        [b]: await this.lockIdea(manager, communityId, b),
      };
      const duplicate = locked[duplicateId];
      const into = locked[intoId];
      await manager.query(
        `INSERT INTO idea_support (idea_id, account_id, supporter_key, created_at)
         SELECT $2, account_id, supporter_key, created_at FROM idea_support WHERE idea_id = $1
         ON CONFLICT DO NOTHING`,
        [duplicateId, intoId],
      );
      await manager.query(`DELETE FROM idea_support WHERE idea_id = $1`, [duplicateId]);
      await manager.query(`UPDATE idea SET merged_into_id = $2 WHERE id = $1`, [
        duplicateId,
        intoId,
      ]);
      const recipientIds = othersThan(reader, [
        duplicate.author_account_id,
        into.author_account_id,
      ]);
      emit({
        type: 'ideas.merged',
        payload: {
          communityId,
          duplicateTitle: duplicate.title,
          intoId,
          intoTitle: into.title,
          recipientIds,
        },
      });
      emit({ type: 'ideas.changed', payload: { communityId, ideaId: duplicateId, removed: true } });
      emit({ type: 'ideas.changed', payload: { communityId, ideaId: intoId, removed: false } });
    });
    return this.idea(reader, communityId, intoId);
  }

  /**
   * Staff record what an accepted idea became (an activity, a collective project): kind, its id
   * in its own module when there is one, and its title. Activities show "née d'une idée de …"
   * through {@link origin}.
   */
  async setOutcome(
    reader: IdeaReader,
    communityId: string,
    ideaId: string,
    raw: unknown,
  ): Promise<IdeaDto> {
    if (!isIdeaStaff(reader)) throw AppError.forbidden();
    const input = parseInput(ideaOutcomeInput, raw);
    await this.tx.run(async (manager, emit) => {
      const idea = await this.lockIdea(manager, communityId, ideaId);
      if (!IDEA_OUTCOME_STATUSES.includes(idea.status))
        throw AppError.forbidden('Seule une idée acceptée peut devenir une activité ou un projet.');
      await manager.query(
        `UPDATE idea SET outcome_kind = $2, outcome_ref = $3, outcome_title = $4 WHERE id = $1`,
        [ideaId, input.kind, input.ref, input.title],
      );
      emit({ type: 'ideas.changed', payload: { communityId, ideaId, removed: false } });
    });
    return this.idea(reader, communityId, ideaId);
  }

  /**
   * Where something came from, for the module it became (an activity shows "née d'une idée de
   * Karim"): the idea's title and its author's name (null when the author left).
   */
  async origin(
    communityId: string,
    ideaId: string,
  ): Promise<{ ideaId: string; title: string; authorName: string | null } | null> {
    const [row]: { title: string; display_name: string | null }[] = await this.db.query(
      `SELECT i.title, a.display_name FROM idea i LEFT JOIN account a ON a.id = i.author_account_id
        WHERE i.id = $1 AND i.community_id = $2 AND i.hidden_at IS NULL`,
      [ideaId, communityId],
    );
    return row ? { ideaId, title: row.title, authorName: row.display_name } : null;
  }
}

/** The accounts to tell (once each), leaving out former members and the one who acted. */
function othersThan(reader: IdeaReader, ids: (string | null)[]): string[] {
  return [...new Set(ids)].filter((id): id is string => id !== null && id !== reader.accountId);
}

function toIdea(reader: IdeaReader, r: IdeaRow): IdeaDto {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    status: r.status as IdeaStatusEnum,
    category: { id: r.category_id, name: r.category_name, archived: r.category_archived },
    author: contributorOf(r.author_account_id, r.author_name, reader.locale),
    supportCount: r.support_count,
    supportedByMe: r.supported,
    commentCount: r.comment_count,
    mine: r.author_account_id !== null && r.author_account_id === reader.accountId,
    createdAt: new Date(r.created_at),
    statusChangedAt: new Date(r.status_changed_at),
    hidden: r.hidden_at !== null,
    hiddenReason:
      r.hidden_at !== null && (r.author_account_id === reader.accountId || isIdeaModerator(reader))
        ? r.hidden_reason
        : null,
    mergedInto: r.merged_id ? { id: r.merged_id, title: r.merged_title ?? '' } : null,
    outcome:
      r.outcome_kind && r.outcome_title
        ? { kind: r.outcome_kind, ref: r.outcome_ref, title: r.outcome_title }
        : null,
    latestAnswer: r.latest_answer,
    photo: r.photo && {
      id: r.photo.id,
      url: ideaPhotoUrl(r.photo.id, 'large'),
      thumbnailUrl: ideaPhotoUrl(r.photo.id, 'thumb'),
      width: r.photo.width,
      height: r.photo.height,
      thumbnailWidth: r.photo.thumb_width,
      thumbnailHeight: r.photo.thumb_height,
      alt: r.photo.alt,
    },
  };
}
