import { useMutation, useQuery } from '@apollo/client/react';
import { AttendanceSheetDocument, MarkAttendanceDocument } from '@palier/web-data-access';
import { useLocale } from '@palier/web-i18n';
import { LoadError, type MyMembership } from '@palier/web-session';
import { Alert, Button, Link, LoadingRegion, Skeleton, TextField } from '@palier/web-ui';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ActivitiesFrame, TEAM_ROLES } from './activities-frame';
import { sessionInWords } from './activity-dates';
import {
  forgetMarks,
  latestOthers,
  queuedMarks,
  queueMark,
  shownStatus,
  type QueuedMark,
} from './offline-marks';

const STATUSES = ['present', 'absent', 'excused'] as const;

/**
 * Marks are queued in the browser first, then sent; when the network is back (the `online` event,
 * or every 20 seconds) what is left is sent again. The server ignores a mark it already has.
 */
function useMarkQueue(communityId: string) {
  const [queue, setQueue] = useState<QueuedMark[]>(() =>
    queuedMarks(window.localStorage, communityId),
  );
  const [online, setOnline] = useState(() => navigator.onLine);
  // Every mark made on this page (sent or not): what the tablet shows, the latest per person.
  const [made, setMade] = useState<QueuedMark[]>(() =>
    queuedMarks(window.localStorage, communityId),
  );
  const [send] = useMutation(MarkAttendanceDocument);
  const flush = useCallback(async () => {
    const pending = queuedMarks(window.localStorage, communityId);
    if (!pending.length || !navigator.onLine) return;
    try {
      const res = await send({ variables: { communityId, marks: pending } });
      forgetMarks(window.localStorage, communityId, res.data?.markAttendance ?? []);
    } catch {
      // Still offline (or the server is away): the marks stay queued.
    }
    setQueue(queuedMarks(window.localStorage, communityId));
  }, [communityId, send]);
  useEffect(() => {
    void flush();
    const retry = () => void flush();
    const back = () => {
      setOnline(true);
      retry();
    };
    const away = () => setOnline(false);
    window.addEventListener('online', back);
    window.addEventListener('offline', away);
    const timer = window.setInterval(retry, 20_000);
    return () => {
      window.removeEventListener('online', back);
      window.removeEventListener('offline', away);
      window.clearInterval(timer);
    };
  }, [flush]);
  const add = (mark: QueuedMark) => {
    setMade((list) => [...latestOthers(list, mark), mark]);
    queueMark(window.localStorage, communityId, mark);
    setQueue(queuedMarks(window.localStorage, communityId));
    void flush();
  };
  return { queue, made, add, online };
}

interface Line {
  key: string;
  registrationId: string | null;
  name: string;
  walkIn: boolean;
  status: string | null;
}

function CheckIn({ membership, sessionId }: { membership: MyMembership; sessionId: string }) {
  const { t } = useTranslation('activities');
  const { locale } = useLocale();
  const { id: communityId, slug, timeZone } = membership.community;
  const sheet = useQuery(AttendanceSheetDocument, {
    variables: { communityId, sessionId },
    fetchPolicy: 'cache-and-network',
  });
  const { queue, made, add, online } = useMarkQueue(communityId);
  const [walkInName, setWalkInName] = useState('');
  const [walkIns, setWalkIns] = useState<Line[]>([]);
  if (sheet.error && !sheet.data)
    return <LoadError error={sheet.error} onRetry={() => void sheet.refetch()} />;
  if (!sheet.data)
    return (
      <LoadingRegion label={t('checkIn.title')}>
        <Skeleton lines={6} />
      </LoadingRegion>
    );
  const s = sheet.data.attendanceSheet;
  const known = new Set(s.lines.map((l) => l.key));
  const lines: Line[] = [...s.lines, ...walkIns.filter((w) => !known.has(w.key))];
  const mark = (line: Line, status: (typeof STATUSES)[number]) =>
    add({
      clientMarkId: crypto.randomUUID(),
      sessionId,
      registrationId: line.registrationId,
      walkInKey: line.registrationId ? null : line.key,
      walkInName: line.registrationId ? null : line.name,
      status,
      markedAt: new Date().toISOString(),
    });
  const addWalkIn = (event: FormEvent) => {
    event.preventDefault();
    const name = walkInName.trim();
    if (!name) return;
    const line: Line = {
      key: crypto.randomUUID(),
      registrationId: null,
      name,
      walkIn: true,
      status: null,
    };
    setWalkIns((w) => [...w, line]);
    mark(line, 'present');
    setWalkInName('');
  };
  const present = lines.filter(
    (l) =>
      shownStatus(
        made,
        sessionId,
        { registrationId: l.registrationId, walkInKey: l.key },
        l.status,
      ) === 'present',
  ).length;
  return (
    <>
      <p>
        <strong lang="fr">{s.activityTitle}</strong> —{' '}
        {sessionInWords(s.session.startsAt, locale, timeZone)}
      </p>
      <p role="status" className="activities-checkin-count" data-testid="checkin-count">
        {t('checkIn.count', { present, total: lines.length })}
        {queue.length > 0 && <> — {t('checkIn.pending', { count: queue.length })}</>}
      </p>
      <ul className="activities-checkin">
        {lines.map((line) => {
          const status = shownStatus(
            made,
            sessionId,
            { registrationId: line.registrationId, walkInKey: line.key },
            line.status,
          );
          const nameId = `checkin-${line.key}`;
          return (
            <li key={line.key} className="activities-checkin__line" data-testid="checkin-line">
              <p id={nameId} className="activities-checkin__name">
                <bdi>{line.name}</bdi>
                {line.walkIn && <span className="activities-muted"> — {t('checkIn.walkIn')}</span>}
              </p>
              <div role="group" aria-labelledby={nameId} className="activities-checkin__buttons">
                {STATUSES.map((option) => (
                  <Button
                    key={option}
                    variant={status === option ? 'primary' : 'secondary'}
                    aria-pressed={status === option}
                    className={`activities-checkin__button activities-checkin__button--${option}`}
                    onClick={() => mark(line, option)}
                  >
                    {t(`attendance.${option}`)}
                  </Button>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
      {lines.length === 0 && <p>{t('checkIn.empty')}</p>}
      <form onSubmit={addWalkIn} className="activities-section" noValidate>
        <TextField
          id="walk-in-name"
          label={t('checkIn.walkInLabel')}
          hint={t('checkIn.walkInHint')}
          value={walkInName}
          onChange={(e) => setWalkInName(e.target.value)}
          autoComplete="off"
        />
        <Button type="submit" variant="secondary" icon="user-plus">
          {t('checkIn.addWalkIn')}
        </Button>
      </form>
      {!online && (
        <Alert tone="info" title={t('checkIn.offlineTitle')}>
          <p>{t('checkIn.offline')}</p>
        </Alert>
      )}
      <p>
        <Link
          to={`/c/${encodeURIComponent(slug)}/activites/${s.activityId}/inscrits`}
          icon="arrow-back"
        >
          {t('checkIn.back')}
        </Link>
      </p>
    </>
  );
}

/** `/c/:slug/activites/seance/:sessionId/appel`: the check-in of a session, tablet first. */
export function CheckInPage() {
  const { t } = useTranslation('activities');
  const { sessionId = '' } = useParams();
  return (
    <ActivitiesFrame
      roles={TEAM_ROLES}
      title={t('checkIn.title')}
      className="activities-checkin-page"
    >
      {(membership) => <CheckIn membership={membership} sessionId={sessionId} />}
    </ActivitiesFrame>
  );
}
