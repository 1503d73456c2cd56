import { useQuery } from '@apollo/client/react';
import { MyConsentHistoryDocument } from '@palier/web-data-access';
import { formatDateTimeInWords, useLocale } from '@palier/web-i18n';
import { CONTENT_LANG, useMe } from '@palier/web-session';
import { Trans, useTranslation } from 'react-i18next';
import { useKindLabel } from '../common/kind-label';
import { NotYet } from '../common/not-yet';
import { timeZoneOf } from '../common/time-zone';

/** "Historique de mes accords": every yes and no, newest first, behind a disclosure. */
export function ConsentHistory() {
  const { t } = useTranslation('privacy');
  const { t: common } = useTranslation();
  const { locale } = useLocale();
  const { me } = useMe();
  const kindLabel = useKindLabel();
  const { data, error, refetch } = useQuery(MyConsentHistoryDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.myConsentHistory;

  let body;
  if (!rows) body = <NotYet error={error} retry={refetch} />;
  else if (rows.length === 0) body = <p>{t('consents.historyEmpty')}</p>;
  else
    body = (
      <table className="privacy-table">
        <caption>{t('consents.historyCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('consents.columnDate')}</th>
            <th scope="col">{t('consents.columnAnswer')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${row.recordedAt}-${row.kind}-${index}`}>
              <td className="privacy-table__date">
                {formatDateTimeInWords(
                  row.recordedAt,
                  locale,
                  timeZoneOf(me?.memberships ?? [], row.communityName),
                  common,
                )}
              </td>
              <td>
                <Trans
                  t={t}
                  i18nKey="consents.answer"
                  values={{
                    answer: row.granted ? t('consents.yes') : t('consents.no'),
                    kind: kindLabel(row.kind),
                  }}
                  components={{ strong: <strong /> }}
                />
                {row.version !== null && (
                  <>
                    {' '}
                    <span className="privacy-nowrap">
                      ({t('consents.version', { version: row.version })})
                    </span>
                  </>
                )}
                {row.communityName && (
                  <span className="privacy-table__more">
                    <bdi lang={CONTENT_LANG}>{row.communityName}</bdi>
                  </span>
                )}
                {row.atDesk && <span className="privacy-table__more">{t('consents.atDesk')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );

  return (
    <details className="document-details privacy-history" data-testid="consent-history">
      <summary>{t('consents.historyTitle')}</summary>
      <div className="privacy-history__body">{body}</div>
    </details>
  );
}
