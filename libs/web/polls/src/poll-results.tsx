import type { PollQuery } from '@palier/web-data-access';
import { useLocale } from '@palier/web-i18n';
import { Icon } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';
import { OptionName, optionName } from './option-name';

type Poll = PollQuery['poll'];
type Results = NonNullable<Poll['results']>;

const findOption = (poll: Poll, id: string) =>
  poll.options.find((o) => o.id === id) ?? { label: '', startsAt: null };

const pct = (value: number, locale: string) =>
  value.toLocaleString(locale === 'ar' ? 'ar-u-nu-latn' : locale, { maximumFractionDigits: 1 });

/**
 * The results of a poll: a bar chart made of text (each bar says its count and percentage, so a
 * screen reader reads the chart as a list; the bars themselves are decoration), the best answer
 * named in words (never by colour alone), the instant-runoff rounds, and the table behind it all.
 */
export function PollResults({ poll, results }: { poll: Poll; results: Results }) {
  const { t } = useTranslation('polls');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const names = new Map(
    poll.options.map((o) => [o.id, optionName(o, locale, poll.timeZone, tc)] as const),
  );
  const nameOf = (id: string) => names.get(id) ?? '';
  const optionOf = (id: string) => findOption(poll, id);
  const bestLabel =
    poll.kind === 'date'
      ? t('results.best')
      : poll.kind === 'ranked'
        ? t('results.winner')
        : t('results.leading');
  const tie = results.best.length > 1;
  return (
    <section aria-labelledby="poll-results" className="polls-section" data-testid="poll-results">
      <h2 id="poll-results">{t('results.title')}</h2>
      <p data-testid="poll-participation">
        {t(
          poll.voters === 'households'
            ? 'results.participationHouseholds'
            : 'results.participation',
          {
            ballots: results.ballots,
            eligible: results.eligible,
            percent: pct(results.participationPercent, locale),
          },
        )}
      </p>
      {results.ballots === 0 ? (
        <p>{t('results.noBallot')}</p>
      ) : (
        <>
          {tie && (
            <p className="poll-best" data-testid="poll-tie">
              {t('results.tie', { names: results.best.map(nameOf).join(', ') })}
            </p>
          )}
          <ul className="poll-bars">
            {results.options.map((r) => {
              const width = poll.kind === 'date' ? (r.yes / results.ballots) * 100 : r.percent;
              return (
                <li
                  key={r.optionId}
                  className={r.best ? 'poll-bar poll-bar--best' : 'poll-bar'}
                  data-testid={r.best ? 'poll-best' : 'poll-bar'}
                >
                  <span className="poll-bar__name">
                    <OptionName option={optionOf(r.optionId)} timeZone={poll.timeZone} />
                  </span>
                  {r.best && !tie && (
                    <strong className="poll-bar__flag">
                      <Icon name="check" /> {bestLabel}
                    </strong>
                  )}
                  <span className="poll-bar__count">
                    {poll.kind === 'date'
                      ? t('results.dateCounts', { yes: r.yes, maybe: r.maybe, no: r.no })
                      : t(poll.kind === 'ranked' ? 'results.firstChoices' : 'results.votes', {
                          count: r.count,
                          percent: pct(r.percent, locale),
                        })}
                  </span>
                  <span className="poll-bar__track" aria-hidden="true">
                    <span className="poll-bar__fill" style={{ inlineSize: `${width}%` }} />
                  </span>
                </li>
              );
            })}
          </ul>
          {poll.kind === 'date' && <p className="polls-muted">{t('results.bestRule')}</p>}
          {poll.kind === 'ranked' && <Rounds results={results} nameOf={nameOf} />}
          <details className="poll-table">
            <summary>{t('results.tableToggle')}</summary>
            <ResultsTable poll={poll} results={results} />
          </details>
        </>
      )}
    </section>
  );
}

function Rounds({ results, nameOf }: { results: Results; nameOf: (id: string) => string }) {
  const { t } = useTranslation('polls');
  return (
    <section aria-labelledby="poll-rounds" className="polls-section">
      <h3 id="poll-rounds">{t('results.rounds')}</h3>
      <p className="polls-muted">{t('results.runoffRule')}</p>
      <ol className="poll-rounds">
        {results.rounds.map((round, index) => (
          <li key={index}>
            <strong>{t('results.round', { number: index + 1 })}</strong>
            <ul>
              {round.counts.map((c) => (
                <li key={c.optionId}>
                  {nameOf(c.optionId)} : {c.votes}
                </li>
              ))}
            </ul>
            {round.exhausted > 0 && <p>{t('results.exhausted', { count: round.exhausted })}</p>}
            {round.eliminated.length > 0 && (
              <p>{t('results.eliminated', { names: round.eliminated.map(nameOf).join(', ') })}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function ResultsTable({ poll, results }: { poll: Poll; results: Results }) {
  const { t } = useTranslation('polls');
  const { locale } = useLocale();
  return (
    <div className="poll-table__scroll">
      <table>
        <caption>{t('results.tableCaption', { title: poll.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.colAnswer')}</th>
            {poll.kind === 'date' ? (
              <>
                <th scope="col">{t('results.colYes')}</th>
                <th scope="col">{t('results.colMaybe')}</th>
                <th scope="col">{t('results.colNo')}</th>
              </>
            ) : (
              <>
                <th scope="col">{t('results.colVotes')}</th>
                <th scope="col">{t('results.colPercent')}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {results.options.map((r) => (
            <tr key={r.optionId}>
              <th scope="row">
                <OptionName option={findOption(poll, r.optionId)} timeZone={poll.timeZone} />
              </th>
              {poll.kind === 'date' ? (
                <>
                  <td>{r.yes}</td>
                  <td>{r.maybe}</td>
                  <td>{r.no}</td>
                </>
              ) : (
                <>
                  <td>{r.count}</td>
                  <td>{pct(r.percent, locale)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
