import type { PrivacyRequestFieldsFragment } from '@palier/web-data-access';
import { exportState, plannedErasure } from './requests';

function request(change: Partial<PrivacyRequestFieldsFragment>): PrivacyRequestFieldsFragment {
  return {
    id: 'r1',
    kind: 'export',
    status: 'pending',
    createdAt: '2026-03-10T09:00:00Z',
    executeAfter: '2026-03-10T09:00:00Z',
    expiresAt: null,
    size: null,
    downloadUrl: null,
    ...change,
  };
}

describe('exportState', () => {
  it('is none before any request, and preparing while the server works', () => {
    expect(exportState([])).toEqual({ state: 'none' });
    expect(exportState([request({ status: 'running' })])).toEqual({ state: 'preparing' });
  });

  it('follows the newest export, whatever the order of the list', () => {
    const old = request({ id: 'old', status: 'expired', createdAt: '2026-03-01T09:00:00Z' });
    const ready = request({
      id: 'new',
      status: 'ready',
      size: 12_000,
      expiresAt: '2026-03-17T09:00:00Z',
      downloadUrl: '/api/privacy/exports/new',
    });
    expect(exportState([old, ready])).toEqual({
      state: 'ready',
      url: '/api/privacy/exports/new',
      size: 12_000,
      expiresAt: '2026-03-17T09:00:00Z',
    });
    expect(exportState([ready, old]).state).toBe('ready');
  });

  it('says expired when the copy can no longer be downloaded', () => {
    expect(exportState([request({ status: 'expired' })])).toEqual({ state: 'expired' });
    expect(exportState([request({ status: 'ready', downloadUrl: null })])).toEqual({
      state: 'expired',
    });
  });

  it('ignores the erasure requests', () => {
    expect(exportState([request({ kind: 'erasure' })])).toEqual({ state: 'none' });
  });
});

describe('plannedErasure', () => {
  it('finds the erasure waiting for its date, not a cancelled one', () => {
    const cancelled = request({ id: 'c', kind: 'erasure', status: 'cancelled' });
    const planned = request({ id: 'p', kind: 'erasure', status: 'pending' });
    expect(plannedErasure([cancelled])).toBeUndefined();
    expect(plannedErasure([cancelled, planned])?.id).toBe('p');
    expect(plannedErasure([request({ status: 'pending' })])).toBeUndefined();
  });
});
