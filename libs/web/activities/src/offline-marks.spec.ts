import { forgetMarks, queueMark, queuedMarks, shownStatus, type QueuedMark } from './offline-marks';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

const mark = (over: Partial<QueuedMark>): QueuedMark => ({
  clientMarkId: 'm1',
  sessionId: 's1',
  registrationId: 'r1',
  walkInKey: null,
  walkInName: null,
  status: 'present',
  markedAt: '2026-11-23T10:00:00.000Z',
  ...over,
});

describe('the offline queue of attendance marks', () => {
  it('keeps the latest mark per person, per community, until the server acknowledges it', () => {
    const storage = memoryStorage();
    queueMark(storage, 'c1', mark({}));
    queueMark(storage, 'c1', mark({ clientMarkId: 'm2', status: 'absent' }));
    queueMark(storage, 'c1', mark({ clientMarkId: 'm3', registrationId: null, walkInKey: 'w1' }));
    queueMark(storage, 'c2', mark({ clientMarkId: 'other' }));
    expect(queuedMarks(storage, 'c1').map((m) => m.clientMarkId)).toEqual(['m2', 'm3']);
    expect(
      shownStatus(
        queuedMarks(storage, 'c1'),
        's1',
        { registrationId: 'r1', walkInKey: null },
        'present',
      ),
    ).toBe('absent');
    forgetMarks(storage, 'c1', ['m2']);
    expect(queuedMarks(storage, 'c1').map((m) => m.clientMarkId)).toEqual(['m3']);
    expect(shownStatus([], 's1', { registrationId: 'r1', walkInKey: null }, 'excused')).toBe(
      'excused',
    );
  });

  it('survives a broken stored value', () => {
    const storage = memoryStorage();
    storage.setItem('palier.attendance.c1', '{oops');
    expect(queuedMarks(storage, 'c1')).toEqual([]);
  });
});
