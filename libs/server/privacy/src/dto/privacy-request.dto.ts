import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PrivacyRequestKind {
  export = 'export',
  erasure = 'erasure',
}
registerEnumType(PrivacyRequestKind, { name: 'PrivacyRequestKind' });

export enum PrivacyRequestStatus {
  pending = 'pending',
  running = 'running',
  ready = 'ready',
  done = 'done',
  cancelled = 'cancelled',
  expired = 'expired',
}
registerEnumType(PrivacyRequestStatus, {
  name: 'PrivacyRequestStatus',
  description:
    'pending (waiting: prepared soon, or the grace period of an erasure), running, ready (an export to download), done, cancelled, expired (an export no longer available)',
});

@ObjectType('PrivacyRequest', { description: 'A request to export or to erase my data.' })
export class PrivacyRequestDto {
  @Field(() => ID)
  id: string;

  @Field(() => PrivacyRequestKind)
  kind: PrivacyRequestKind;

  @Field(() => PrivacyRequestStatus)
  status: PrivacyRequestStatus;

  @Field()
  createdAt: Date;

  @Field({ description: 'Erasure: when it will be done, unless cancelled before.' })
  executeAfter: Date;

  @Field(() => Date, { nullable: true, description: 'Export: until when it can be downloaded.' })
  expiresAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Export: size of the ZIP in bytes.' })
  size: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Export: the download address (only for me, only while it is ready).',
  })
  downloadUrl: string | null;
}

export interface PrivacyRequestRow {
  id: string;
  kind: string;
  status: string;
  created_at: Date;
  execute_after: Date;
  expires_at: Date | null;
  archive_size: number | null;
}

export const PRIVACY_REQUEST_COLUMNS =
  'id, kind, status, created_at, execute_after, expires_at, archive_size';

export function fromPrivacyRequestRow(row: PrivacyRequestRow): PrivacyRequestDto {
  const ready = row.kind === 'export' && row.status === 'ready';
  return {
    id: row.id,
    kind: row.kind as PrivacyRequestKind,
    status: row.status as PrivacyRequestStatus,
    createdAt: new Date(row.created_at),
    executeAfter: new Date(row.execute_after),
    expiresAt: row.expires_at ? new Date(row.expires_at) : null,
    size: row.archive_size,
    downloadUrl: ready ? `/api/privacy/exports/${row.id}` : null,
  };
}
