import { CONTENT_LANG } from '@palier/web-session';
import { useLocale } from '@palier/web-i18n';
import { Icon } from '@palier/web-ui';
import { Trans, useTranslation } from 'react-i18next';
import { describeOpeningStatus, type OpeningStatusInput } from './opening-status';

export interface OpeningStatusBannerProps {
  status: OpeningStatusInput;
  timeZone: string;
}

/** "Ouvert jusqu'à 18 h" or "Fermé, rouvre lundi à 9 h", in big letters, with a pictogram. */
export function OpeningStatusBanner({ status, timeZone }: OpeningStatusBannerProps) {
  const { t } = useTranslation('identity');
  const { t: common } = useTranslation();
  const { locale } = useLocale();
  const described = describeOpeningStatus(status, timeZone, locale, { t, common });
  return (
    <p
      className={`opening-status opening-status--${described.isOpen ? 'open' : 'closed'}`}
      data-testid="opening-status"
      data-open={described.isOpen}
    >
      <Icon name="clock" className="opening-status__icon" />
      <span>
        <Trans
          t={t}
          i18nKey={described.key}
          values={described.values}
          components={{ label: <bdi lang={CONTENT_LANG} /> }}
        />
      </span>
    </p>
  );
}
