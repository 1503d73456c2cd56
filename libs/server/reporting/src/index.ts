export * from './reporting.module';
export { ReportingRegistry, type LifeCounter } from './reporting.registry';
export type { LifeRow } from './report-tables';
