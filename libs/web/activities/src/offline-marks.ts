/** An attendance mark as the tablet keeps it until the server has it. */
export interface QueuedMark {
  clientMarkId: string;
  sessionId: string;
  registrationId: string | null;
  walkInKey: string | null;
  walkInName: string | null;
  status: 'present' | 'absent' | 'excused';
  markedAt: string;
}

/** The part of `localStorage` the queue uses (a fake one in tests). */
export type MarkStorage = Pick<Storage, 'getItem' | 'setItem'>;

const keyOf = (communityId: string) => `palier.attendance.${communityId}`;
const personOf = (m: QueuedMark) => `${m.sessionId}:${m.registrationId ?? m.walkInKey}`;

/**
 * The marks made at the desk not yet acknowledged by the server, kept in the browser so a mark
 * made without network survives a reload and is sent when the network is back. The server is
 * idempotent (`clientMarkId`) and keeps the latest mark, so sending twice is harmless.
 */
export function queuedMarks(storage: MarkStorage, communityId: string): QueuedMark[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(keyOf(communityId)) ?? '[]');
    return Array.isArray(value) ? (value as QueuedMark[]) : [];
  } catch {
    return [];
  }
}

/** The marks of a list that are not about the same person and session as `mark`. */
export function latestOthers(list: QueuedMark[], mark: QueuedMark): QueuedMark[] {
  return list.filter((m) => personOf(m) !== personOf(mark));
}

/** Adds a mark; an older queued mark of the same person and session is replaced. */
export function queueMark(storage: MarkStorage, communityId: string, mark: QueuedMark): void {
  const rest = latestOthers(queuedMarks(storage, communityId), mark);
  storage.setItem(keyOf(communityId), JSON.stringify([...rest, mark]));
}

/** Forgets the marks the server acknowledged (by their client ids). */
export function forgetMarks(storage: MarkStorage, communityId: string, sent: string[]): void {
  const left = queuedMarks(storage, communityId).filter((m) => !sent.includes(m.clientMarkId));
  storage.setItem(keyOf(communityId), JSON.stringify(left));
}

/** The status to show for a person: a queued mark wins over what the server last said. */
export function shownStatus(
  queue: QueuedMark[],
  sessionId: string,
  key: { registrationId: string | null; walkInKey: string | null },
  fromServer: string | null,
): string | null {
  const queued = queue.find(
    (m) =>
      m.sessionId === sessionId &&
      (key.registrationId
        ? m.registrationId === key.registrationId
        : m.walkInKey === key.walkInKey),
  );
  return queued?.status ?? fromServer;
}
