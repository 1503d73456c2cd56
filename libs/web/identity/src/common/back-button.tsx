import { Icon, Link } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { To } from 'react-router';

/** "Retour" at the top of a step: back to the previous step, with what was typed kept. */
export function BackButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation('identity');
  return (
    <button type="button" className="identity-back" onClick={onClick} data-testid="back">
      <Icon name="arrow-back" />
      <span>{t('common.back')}</span>
    </button>
  );
}

/** "Retour" to another page. */
export function BackLink({ to, children }: { to: To; children?: ReactNode }) {
  const { t } = useTranslation('identity');
  return (
    <p className="identity-back-link">
      <Link to={to} icon="arrow-back">
        {children ?? t('common.back')}
      </Link>
    </p>
  );
}
