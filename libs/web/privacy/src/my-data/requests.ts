import type { PrivacyRequestFieldsFragment } from '@palier/web-data-access';

type Request = PrivacyRequestFieldsFragment;

/** Where my latest data export stands, as the page says it. */
export type ExportState =
  | { state: 'none' }
  | { state: 'preparing' }
  | { state: 'ready'; url: string; size: number; expiresAt: string | null }
  | { state: 'expired' };

function newestFirst(a: Request, b: Request): number {
  return Date.parse(b.createdAt) - Date.parse(a.createdAt);
}

export function exportState(requests: readonly Request[]): ExportState {
  const latest = requests.filter((r) => r.kind === 'export').sort(newestFirst)[0];
  if (!latest) return { state: 'none' };
  switch (latest.status) {
    case 'pending':
    case 'running':
      return { state: 'preparing' };
    case 'ready':
      return latest.downloadUrl
        ? {
            state: 'ready',
            url: latest.downloadUrl,
            size: latest.size ?? 0,
            expiresAt: latest.expiresAt,
          }
        : { state: 'expired' };
    case 'expired':
      return { state: 'expired' };
    default:
      return { state: 'none' };
  }
}

/** The deletion of my account that is planned (the grace period runs), if any. */
export function plannedErasure(requests: readonly Request[]): Request | undefined {
  return requests.find(
    (r) => r.kind === 'erasure' && (r.status === 'pending' || r.status === 'running'),
  );
}
