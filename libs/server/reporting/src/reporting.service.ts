import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, tablesToOds, tableToCsv, type ExportFormat } from '@palier/server-core';
import type { DataSource } from 'typeorm';
import { reportPeriod, type ReportPeriod } from './report-period';
import { buildTables, toExportTable, type ReportTable } from './report-tables';
import { ReportingRegistry } from './reporting.registry';
import { DASHBOARD_SQL, LABELS_SQL, type DashboardRow } from './reporting.sql';
import { SMALL_GROUP } from './small-cells';

export interface Dashboard {
  from: string;
  to: string;
  timeZone: string;
  smallGroup: number;
  tables: ReportTable[];
}

/** The staff's dashboard: one aggregation statement, then labels and the small-cells rule. */
@Injectable()
export class ReportingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: ReportingRegistry,
  ) {}

  async dashboard(communityId: string, from: unknown, to: unknown): Promise<Dashboard> {
    const [community]: { time_zone: string }[] = await this.db.query(
      `SELECT time_zone FROM community WHERE id = $1`,
      [communityId],
    );
    if (!community) throw AppError.notFound();
    const period: ReportPeriod = reportPeriod(from, to, community.time_zone);
    const params = [communityId, period.start, period.end, community.time_zone];
    const rows: DashboardRow[] = await this.db.query(DASHBOARD_SQL, params);
    const labelRows: { kind: string; id: string; label: string }[] = await this.db.query(
      LABELS_SQL,
      [communityId],
    );
    const life = [];
    for (const counter of this.registry.list())
      life.push(...(await counter.count(this.db.manager, communityId, period.start, period.end)));
    return {
      from: period.from,
      to: period.to,
      timeZone: community.time_zone,
      smallGroup: SMALL_GROUP,
      tables: buildTables(
        rows,
        new Map(labelRows.map((l) => [`${l.kind}:${l.id}`, l.label])),
        period,
        life,
      ),
    };
  }

  /**
   * One table (by its key) as CSV or ODS, or every table as the sheets of one ODS file ('all').
   */
  async file(
    communityId: string,
    tableKey: string,
    format: ExportFormat,
    from: unknown,
    to: unknown,
  ): Promise<{ fileName: string; body: Buffer }> {
    const dashboard = await this.dashboard(communityId, from, to);
    const chosen =
      tableKey === 'all' ? dashboard.tables : dashboard.tables.filter((t) => t.key === tableKey);
    if (!chosen.length || (tableKey === 'all' && format === 'csv')) throw AppError.notFound();
    const tables = chosen.map(toExportTable);
    return {
      fileName: `bilan-${tableKey}-${dashboard.from}-${dashboard.to}.${format}`,
      body: format === 'csv' ? tableToCsv(tables[0]) : tablesToOds(tables),
    };
  }
}
