import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, fieldProblem, parseInput, Transactions } from '@palier/server-core';
import {
  bookingExceptionInput,
  bookingResourceInput,
  bookingServiceInput,
  type BookingServiceInput,
} from '@palier/shared';
import { DataSource, EntityManager } from 'typeorm';
import type {
  BookingExceptionDto,
  BookingResourceDto,
  BookingResourceKindEnum,
  BookingServiceDto,
} from './dto/booking.dto';
import type { DateException, WeeklyRule } from './slots/compute-slots';

interface ServiceRow {
  id: string;
  name: string;
  description: string;
  what_to_bring: string;
  duration_minutes: number;
  buffer_before_minutes: number;
  buffer_after_minutes: number;
  min_notice_minutes: number;
  max_horizon_days: number;
  max_per_week: number | null;
  requires_confirmation: boolean;
  shown_on_sas: boolean;
  resource_ids: string[];
}

export const fromServiceRow = (r: ServiceRow): BookingServiceDto => ({
  id: r.id,
  name: r.name,
  description: r.description,
  whatToBring: r.what_to_bring,
  durationMinutes: r.duration_minutes,
  bufferBeforeMinutes: r.buffer_before_minutes,
  bufferAfterMinutes: r.buffer_after_minutes,
  minNoticeMinutes: r.min_notice_minutes,
  maxHorizonDays: r.max_horizon_days,
  maxPerWeek: r.max_per_week,
  requiresConfirmation: r.requires_confirmation,
  shownOnSas: r.shown_on_sas,
  resourceIds: r.resource_ids ?? [],
});

const SERVICE_SELECT = `
  SELECT s.*, coalesce(array_agg(r.id::text ORDER BY r.name) FILTER (WHERE r.id IS NOT NULL), '{}') AS resource_ids
    FROM booking_service s
    LEFT JOIN booking_service_resource sr ON sr.service_id = s.id
    LEFT JOIN booking_resource r ON r.id = sr.resource_id AND r.active`;

/** The services of a community, the resources that deliver them and their weekly rules. */
@Injectable()
export class CatalogueService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
  ) {}

  async services(
    communityId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<BookingServiceDto[]> {
    const rows: ServiceRow[] = await manager.query(
      `${SERVICE_SELECT} WHERE s.community_id = $1 AND s.active GROUP BY s.id ORDER BY s.name`,
      [communityId],
    );
    return rows.map(fromServiceRow);
  }

  /** One active service of this community, or NOT_FOUND (another community's is not found). */
  async service(
    communityId: string,
    serviceId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<BookingServiceDto> {
    const [row]: ServiceRow[] = await manager.query(
      `${SERVICE_SELECT} WHERE s.community_id = $1 AND s.id = $2 AND s.active GROUP BY s.id`,
      [communityId, serviceId],
    );
    if (!row) throw AppError.notFound('Ce service n’existe pas dans cette communauté.');
    return fromServiceRow(row);
  }

  async resources(
    communityId: string,
    today: string,
    manager: EntityManager = this.db.manager,
  ): Promise<BookingResourceDto[]> {
    const rows: { id: string; name: string; kind: string }[] = await manager.query(
      `SELECT id, name, kind FROM booking_resource WHERE community_id = $1 AND active ORDER BY name`,
      [communityId],
    );
    const availability = await this.availability(
      rows.map((r) => r.id),
      today,
      manager,
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind as BookingResourceKindEnum,
      rules: availability.rules.get(r.id) ?? [],
      exceptions: availability.exceptions.get(r.id) ?? [],
    }));
  }

  /** The weekly rules and the exceptions (from `fromDate`) of some resources. */
  async availability(resourceIds: string[], fromDate: string, manager: EntityManager) {
    const rules = new Map<string, WeeklyRule[]>();
    const exceptions = new Map<string, (DateException & BookingExceptionDto)[]>();
    if (!resourceIds.length) return { rules, exceptions };
    const ruleRows: { resource_id: string; weekday: number; starts: string; ends: string }[] =
      await manager.query(
        `SELECT resource_id, weekday, starts, ends FROM booking_rule WHERE resource_id = ANY($1::uuid[]) ORDER BY weekday, starts`,
        [resourceIds],
      );
    for (const r of ruleRows)
      rules.set(r.resource_id, [
        ...(rules.get(r.resource_id) ?? []),
        { weekday: r.weekday, starts: r.starts, ends: r.ends },
      ]);
    const exceptionRows: {
      id: string;
      resource_id: string;
      on_date: string;
      kind: 'closed' | 'open';
      starts: string | null;
      ends: string | null;
      label: string;
    }[] = await manager.query(
      `SELECT id, resource_id, to_char(on_date, 'YYYY-MM-DD') AS on_date, kind, starts, ends, label
         FROM booking_exception WHERE resource_id = ANY($1::uuid[]) AND on_date >= $2::date ORDER BY on_date, starts`,
      [resourceIds, fromDate],
    );
    for (const e of exceptionRows)
      exceptions.set(e.resource_id, [
        ...(exceptions.get(e.resource_id) ?? []),
        { id: e.id, date: e.on_date, kind: e.kind, starts: e.starts, ends: e.ends, label: e.label },
      ]);
    return { rules, exceptions };
  }

  /** Creates (no id) or updates a resource and replaces its weekly rules. */
  async saveResource(
    communityId: string,
    resourceId: string | null,
    input: unknown,
  ): Promise<string> {
    const data = parseInput(bookingResourceInput, input);
    return this.tx.run(async (manager) => {
      let id = resourceId;
      if (id) {
        const [, count] = await manager.query(
          `UPDATE booking_resource SET name = $3, kind = $4 WHERE community_id = $1 AND id = $2 AND active`,
          [communityId, id, data.name, data.kind],
        );
        if (!count) throw AppError.notFound('Cette ressource n’existe pas dans cette communauté.');
        await manager.query(`DELETE FROM booking_rule WHERE resource_id = $1`, [id]);
      } else {
        const [row]: { id: string }[] = await manager.query(
          `INSERT INTO booking_resource (community_id, name, kind) VALUES ($1, $2, $3) RETURNING id`,
          [communityId, data.name, data.kind],
        );
        id = row.id;
      }
      for (const rule of data.rules)
        await manager.query(
          `INSERT INTO booking_rule (community_id, resource_id, weekday, starts, ends) VALUES ($1, $2, $3, $4, $5)`,
          [communityId, id, rule.weekday, rule.starts, rule.ends],
        );
      return id;
    });
  }

  async addException(communityId: string, input: unknown): Promise<void> {
    const data = parseInput(bookingExceptionInput, input);
    const [row] = await this.db.query(
      `SELECT 1 FROM booking_resource WHERE community_id = $1 AND id = $2 AND active`,
      [communityId, data.resourceId],
    );
    if (!row) throw AppError.badInput([fieldProblem('resourceId', 'invalid_format')]);
    await this.db.query(
      `INSERT INTO booking_exception (community_id, resource_id, on_date, kind, starts, ends, label)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        communityId,
        data.resourceId,
        data.date,
        data.kind,
        data.starts ?? null,
        data.ends ?? null,
        data.label,
      ],
    );
  }

  async removeException(communityId: string, exceptionId: string): Promise<boolean> {
    const [, count] = await this.db.query(
      `DELETE FROM booking_exception WHERE community_id = $1 AND id = $2`,
      [communityId, exceptionId],
    );
    return count > 0;
  }

  /** Creates (no id) or updates a service and the resources that deliver it. */
  async saveService(
    communityId: string,
    serviceId: string | null,
    input: unknown,
  ): Promise<BookingServiceDto> {
    const data: BookingServiceInput = parseInput(bookingServiceInput, input);
    return this.tx.run(async (manager) => {
      const owned: { id: string }[] = await manager.query(
        `SELECT id FROM booking_resource WHERE community_id = $1 AND active AND id = ANY($2::uuid[])`,
        [communityId, data.resourceIds],
      );
      if (owned.length !== new Set(data.resourceIds).size)
        throw AppError.badInput([fieldProblem('resourceIds', 'invalid_format')]);
      const values = [
        data.name,
        data.description,
        data.whatToBring,
        data.durationMinutes,
        data.bufferBeforeMinutes,
        data.bufferAfterMinutes,
        data.minNoticeMinutes,
        data.maxHorizonDays,
        data.maxPerWeek ?? null,
        data.requiresConfirmation,
        data.shownOnSas,
      ];
      let id = serviceId;
      if (id) {
        const [, count] = await manager.query(
          `UPDATE booking_service SET name = $3, description = $4, what_to_bring = $5, duration_minutes = $6,
             buffer_before_minutes = $7, buffer_after_minutes = $8, min_notice_minutes = $9, max_horizon_days = $10,
             max_per_week = $11, requires_confirmation = $12, shown_on_sas = $13
           WHERE community_id = $1 AND id = $2 AND active`,
          [communityId, id, ...values],
        );
        if (!count) throw AppError.notFound('Ce service n’existe pas dans cette communauté.');
        await manager.query(`DELETE FROM booking_service_resource WHERE service_id = $1`, [id]);
      } else {
        const [row]: { id: string }[] = await manager.query(
          `INSERT INTO booking_service (community_id, name, description, what_to_bring, duration_minutes,
             buffer_before_minutes, buffer_after_minutes, min_notice_minutes, max_horizon_days, max_per_week,
             requires_confirmation, shown_on_sas)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
          [communityId, ...values],
        );
        id = row.id;
      }
      for (const resourceId of new Set(data.resourceIds))
        await manager.query(
          `INSERT INTO booking_service_resource (community_id, service_id, resource_id) VALUES ($1, $2, $3)`,
          [communityId, id, resourceId],
        );
      return this.service(communityId, id, manager);
    });
  }

  /** Withdraws a service: no new bookings; existing appointments stay. */
  async withdrawService(communityId: string, serviceId: string): Promise<boolean> {
    const [, count] = await this.db.query(
      `UPDATE booking_service SET active = false WHERE community_id = $1 AND id = $2 AND active`,
      [communityId, serviceId],
    );
    return count > 0;
  }
}
