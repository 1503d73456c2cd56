import { useMutation, useQuery } from '@apollo/client/react';
import {
  ClosePollDocument,
  PollDocument,
  serverMessageOf,
  SetPollOutcomeDocument,
  useFollowCommunity,
  useRealtime,
  VoteDocument,
  type DateAnswer,
  type PollQuery,
} from '@palier/web-data-access';
import { formatDateTimeInWords, useLocale } from '@palier/web-i18n';
import { ReportDialog } from '@palier/web-moderation';
import { CONTENT_LANG, LoadError, RequireRole, type MyMembership } from '@palier/web-session';
import {
  Alert,
  Button,
  CheckboxGroup,
  Dialog,
  ErrorSummary,
  Link,
  LoadingRegion,
  RadioGroup,
  Skeleton,
  TextArea,
  Toast,
} from '@palier/web-ui';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { OptionName, optionName } from './option-name';
import { PollFrame } from './poll-frame';
import { PollResults } from './poll-results';
import { PollSettingsForm } from './poll-settings-form';
import { RankingInput } from './ranking-input';

type Poll = PollQuery['poll'];
const ANSWERS: DateAnswer[] = ['yes', 'maybe', 'no'];

/** While the poll is shown, a ballot or a closing by anyone makes the page read it again. */
function useLivePoll(communityId: string, pollId: string, refetch: () => void) {
  const realtime = useRealtime();
  useFollowCommunity(communityId);
  useEffect(() => {
    if (!realtime) return undefined;
    const handler = (payload: { communityId: string; pollId: string }) => {
      if (payload.communityId === communityId && payload.pollId === pollId) refetch();
    };
    realtime.socket.on('polls:results', handler);
    return () => {
      realtime.socket.off('polls:results', handler);
    };
  }, [realtime, communityId, pollId, refetch]);
}

function Ballot({ poll, communityId }: { poll: Poll; communityId: string }) {
  const { t } = useTranslation('polls');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const mine = poll.myBallot;
  const [chosen, setChosen] = useState<string[]>(mine?.optionIds ?? []);
  const [order, setOrder] = useState<string[]>(
    mine?.optionIds.length ? mine.optionIds : poll.options.map((o) => o.id),
  );
  const [answers, setAnswers] = useState<Record<string, DateAnswer>>(
    Object.fromEntries((mine?.answers ?? []).map((a) => [a.optionId, a.answer])),
  );
  const [problem, setProblem] = useState<{ fieldId: string; message: string } | null>(null);
  const [sent, setSent] = useState(false);
  const [send, sending] = useMutation(VoteDocument);
  const name = (o: Poll['options'][number]) => optionName(o, locale, poll.timeZone, tc);
  const min = poll.minChoices ?? 1;
  const max = poll.maxChoices ?? poll.options.length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    const firstId = `ballot-${poll.options[0]?.id}`;
    if (poll.kind === 'date') {
      const missing = poll.options.find((o) => !answers[o.id]);
      if (missing) {
        setProblem({
          fieldId: `ballot-${missing.id}`,
          message: t('poll.missingDate', { date: name(missing) }),
        });
        return;
      }
    } else if (poll.kind === 'single' && chosen.length !== 1) {
      setProblem({ fieldId: 'ballot', message: t('poll.chooseOne') });
      return;
    } else if (poll.kind === 'multiple' && (chosen.length < min || chosen.length > max)) {
      setProblem({ fieldId: 'ballot', message: t('poll.chooseMany', { min, max }) });
      return;
    }
    setProblem(null);
    try {
      await send({
        variables: {
          communityId,
          pollId: poll.id,
          ballot:
            poll.kind === 'date'
              ? { answers: poll.options.map((o) => ({ optionId: o.id, answer: answers[o.id] })) }
              : { optionIds: poll.kind === 'ranked' ? order : chosen },
        },
        refetchQueries: [{ query: PollDocument, variables: { communityId, pollId: poll.id } }],
        awaitRefetchQueries: true,
      });
      setSent(true);
    } catch (error) {
      setProblem({ fieldId: firstId, message: serverMessageOf(error) ?? tc('common.errorTitle') });
    }
  };

  const photoOf = (o: Poll['options'][number]) =>
    o.photo && (
      <img
        src={o.photo.url}
        alt={o.photo.alt}
        lang={CONTENT_LANG}
        width={o.photo.width}
        height={o.photo.height}
        className="poll-choice__photo"
      />
    );
  const choiceOptions = poll.options.map((o) => ({
    value: o.id,
    label: (
      <span className="poll-choice">
        {photoOf(o)}
        <span>
          <OptionName option={o} timeZone={poll.timeZone} />
        </span>
      </span>
    ),
  }));
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="poll-ballot">
      {problem && (
        <ErrorSummary
          title={t('poll.errorTitle')}
          errors={[{ fieldId: problem.fieldId, message: <span lang="fr">{problem.message}</span> }]}
        />
      )}
      {sent && <Alert tone="success" title={t('poll.voted')} />}
      {poll.kind === 'single' && (
        <RadioGroup
          id="ballot"
          name="ballot"
          legend={t('poll.yourAnswer')}
          hint={t('poll.chooseOne')}
          options={choiceOptions}
          value={chosen[0]}
          onChange={(value) => setChosen([value])}
        />
      )}
      {poll.kind === 'multiple' && (
        <CheckboxGroup
          id="ballot"
          name="ballot"
          legend={t('poll.yourAnswer')}
          hint={
            min === max
              ? t('poll.chooseExactly', { count: min })
              : t('poll.chooseMany', { min, max })
          }
          options={choiceOptions}
          value={chosen}
          onChange={setChosen}
        />
      )}
      {poll.kind === 'ranked' && (
        <RankingInput
          id="ballot"
          legend={t('poll.yourAnswer')}
          items={poll.options.map((o) => ({ id: o.id, name: name(o), photo: photoOf(o) }))}
          order={order}
          onChange={setOrder}
        />
      )}
      {poll.kind === 'date' && (
        <div className="poll-dates">
          <p>{t('poll.answerEachDate')}</p>
          {poll.options.map((o) => (
            <div key={o.id} className="poll-date" data-testid="poll-date">
              <RadioGroup
                id={`ballot-${o.id}`}
                name={`ballot-${o.id}`}
                legend={<OptionName option={o} timeZone={poll.timeZone} />}
                options={ANSWERS.map((a) => ({ value: a, label: t(`answers.${a}`) }))}
                value={answers[o.id]}
                onChange={(value) => setAnswers({ ...answers, [o.id]: value as DateAnswer })}
              />
            </div>
          ))}
        </div>
      )}
      <Button type="submit" icon="check" disabled={sending.loading}>
        {sending.loading ? t('poll.sending') : poll.hasVoted ? t('poll.change') : t('poll.submit')}
      </Button>
    </form>
  );
}

function TeamActions({ poll, communityId }: { poll: Poll; communityId: string }) {
  const { t } = useTranslation('polls');
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState(poll.outcome ?? '');
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState('');
  const [close, closing] = useMutation(ClosePollDocument, {
    refetchQueries: [{ query: PollDocument, variables: { communityId, pollId: poll.id } }],
  });
  const [publish, publishing] = useMutation(SetPollOutcomeDocument);
  const publishOutcome = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    try {
      await publish({ variables: { communityId, pollId: poll.id, outcome } });
      setProblem('');
      setSaved(true);
    } catch (error) {
      setProblem(serverMessageOf(error) ?? '');
    }
  };
  return (
    <section aria-labelledby="poll-team" className="polls-section poll-team">
      <h2 id="poll-team">{t('team.title')}</h2>
      <div className="polls-actions">
        <a
          className="pal-button pal-button--secondary"
          href={`/api/polls/${communityId}/${poll.id}/results.csv`}
          download
          data-testid="poll-csv"
        >
          {t('team.csv')}
        </a>
        {poll.status !== 'closed' && (
          <Button variant="secondary" icon="close" onClick={() => setConfirming(true)}>
            {t('team.close')}
          </Button>
        )}
      </div>
      {poll.status !== 'closed' && <PollSettingsForm poll={poll} communityId={communityId} />}
      {poll.status === 'closed' && (
        <form onSubmit={(e) => void publishOutcome(e)} noValidate>
          {saved && <Alert tone="success" title={t('team.outcomeSaved')} />}
          <TextArea
            id="poll-outcome"
            label={t('team.outcomeLabel')}
            hint={t('team.outcomeHint')}
            error={problem ? <span lang="fr">{problem}</span> : undefined}
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value)}
            rows={4}
          />
          <Button type="submit" disabled={publishing.loading}>
            {t('team.outcomeSave')}
          </Button>
        </form>
      )}
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={t('team.close')}
        closeLabel={t('team.closeNo')}
        actions={
          <>
            <Button
              icon="close"
              disabled={closing.loading}
              onClick={() =>
                void close({ variables: { communityId, pollId: poll.id } }).then(() =>
                  setConfirming(false),
                )
              }
            >
              {t('team.closeYes')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('team.closeNo')}
            </Button>
          </>
        }
      >
        <p>{t('team.closeConfirm')}</p>
      </Dialog>
    </section>
  );
}

function PollView({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('polls');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const { id = '' } = useParams();
  const { id: communityId, slug } = membership.community;
  const [reporting, setReporting] = useState(false);
  const [toast, setToast] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(PollDocument, {
    variables: { communityId, pollId: id },
    fetchPolicy: 'cache-and-network',
  });
  useLivePoll(communityId, id, () => void refetch());
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const poll = data?.poll;
  if (!poll)
    return (
      <LoadingRegion label={t('poll.title')}>
        <Skeleton shape="heading" />
        <Skeleton lines={4} />
      </LoadingRegion>
    );
  const date = (value: string) => formatDateTimeInWords(value, locale, poll.timeZone, tc);
  return (
    <PollFrame title={poll.title}>
      {poll.description && (
        <p lang={CONTENT_LANG} className="poll-description">
          {poll.description}
        </p>
      )}
      <ul className="poll-facts">
        <li>{t(`kind.${poll.kind}`)}</li>
        {poll.createdByName && <li>{t('poll.by', { name: poll.createdByName })}</li>}
        <li>{poll.anonymous ? t('poll.anonymous') : t('poll.named')}</li>
        {poll.voters === 'households' && <li>{t('poll.households')}</li>}
        <li data-testid="poll-when">
          {poll.status === 'open'
            ? t('poll.closesOn', { date: date(poll.closesAt) })
            : poll.status === 'upcoming'
              ? t('poll.upcoming', { date: date(poll.opensAt) })
              : t('poll.closedOn', { date: date(poll.closesAt) })}
        </li>
        {poll.status === 'open' && (
          <li>{poll.ballotsChangeable ? t('poll.changeable') : t('poll.final')}</li>
        )}
      </ul>
      {poll.hidden && <Alert tone="info" title={t('poll.hidden')} />}
      {poll.outcome && (
        <section aria-labelledby="poll-outcome-title" className="polls-section poll-outcome">
          <h2 id="poll-outcome-title">{t('poll.outcomeTitle')}</h2>
          <p lang={CONTENT_LANG} data-testid="poll-outcome">
            {poll.outcome}
          </p>
        </section>
      )}
      {poll.hasVoted && !poll.canVote && poll.status === 'open' && (
        <Alert
          tone="info"
          title={
            poll.anonymous
              ? t('poll.votedAnonymous')
              : poll.voters === 'households'
                ? t('poll.votedHousehold')
                : t('poll.voted')
          }
        />
      )}
      {poll.canVote && <Ballot key={poll.id} poll={poll} communityId={communityId} />}
      {poll.results ? (
        <>
          <PollResults poll={poll} results={poll.results} />
          {poll.status === 'open' && <p className="polls-muted">{t('poll.live')}</p>}
        </>
      ) : (
        poll.status !== 'upcoming' && (
          <p className="polls-muted">
            {poll.resultsVisibility === 'after_vote'
              ? t('poll.resultsAfterVote')
              : t('poll.resultsLater')}
          </p>
        )
      )}
      {poll.canManage && <TeamActions poll={poll} communityId={communityId} />}
      {poll.createdByResident && !poll.createdByMe && (
        <p>
          <Button variant="secondary" icon="shield" onClick={() => setReporting(true)}>
            {t('poll.report')}
          </Button>
        </p>
      )}
      <ReportDialog
        open={reporting}
        onClose={() => setReporting(false)}
        onSent={setToast}
        communityId={communityId}
        slug={slug}
        itemType="poll"
        itemId={poll.id}
      />
      <Toast message={toast} onDismiss={() => setToast(null)} dismissLabel={tc('common.close')} />
      <p>
        <Link to={`/c/${encodeURIComponent(slug)}/sondages`} icon="arrow-back">
          {t('poll.back')}
        </Link>
      </p>
    </PollFrame>
  );
}

/** `/c/:slug/sondages/:id`: a poll — vote, see the results, and the team's actions. */
export function PollPage() {
  const { slug = '' } = useParams();
  return (
    <RequireRole slug={slug}>{(membership) => <PollView membership={membership} />}</RequireRole>
  );
}
