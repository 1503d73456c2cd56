import type { RequestFieldsFragment } from '@palier/web-data-access';
import { formatDateInWords, useLocale } from '@palier/web-i18n';
import { Button, Card } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';
import { daysAgo, daysAgoInWords } from '../shared/dates';
import type { Decision } from './decision-dialog';

export interface RequestItemProps {
  request: RequestFieldsFragment;
  timeZone: string;
  onDecide: (request: RequestFieldsFragment, decision: Decision) => void;
}

/** One request to join: who, since when, and the two answers. */
export function RequestItem({ request, timeZone, onDecide }: RequestItemProps) {
  const { t } = useTranslation('staff');
  const { locale } = useLocale();
  const sent = t('requests.sentOn', {
    date: formatDateInWords(request.requestedAt, locale, timeZone),
    ago: daysAgoInWords(daysAgo(request.requestedAt, timeZone), locale),
  });
  const contact = request.email ?? request.login;
  return (
    <Card as="li" className="staff-item" data-testid="membership-request">
      <h2 className="staff-item__name">
        <bdi>{request.displayName}</bdi>
      </h2>
      <p className="staff-item__meta">{sent}</p>
      {contact && (
        <p className="staff-item__meta">
          {t('requests.contact')} <bdi dir="ltr">{contact}</bdi>
        </p>
      )}
      <div className="staff-actions">
        <Button
          icon="check"
          aria-label={t('requests.admitNamed', { name: request.displayName })}
          onClick={() => onDecide(request, 'admit')}
        >
          {t('requests.admit')}
        </Button>
        <Button
          variant="secondary"
          aria-label={t('requests.declineNamed', { name: request.displayName })}
          onClick={() => onDecide(request, 'decline')}
        >
          {t('requests.decline')}
        </Button>
      </div>
    </Card>
  );
}
