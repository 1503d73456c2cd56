import type { MyMembership } from '@palier/web-session';
import { Alert, Button, ButtonLink } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { StaffArea, StaffFrame } from '../shared/staff-frame';
import { STAFF_ROLES, staffPaths } from '../shared/staff-paths';
import { ActivationSheet } from './activation-sheet';
import { readSheetState } from './sheet-state';

function Sheet({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('staff');
  const location = useLocation();
  const navigate = useNavigate();
  // Kept in this page's memory only: reloading, or coming back later with the browser's history,
  // does not show the code again (the next person at the desk would see it).
  const [state] = useState(() => readSheetState(location.state));
  useEffect(() => {
    if (location.state !== null && location.state !== undefined)
      void navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);
  const deskPath = staffPaths.desk(membership.community.slug);

  if (!state) {
    return (
      <StaffFrame membership={membership} title={t('sheet.missingTitle')}>
        <div className="staff-measure">
          <p>{t('sheet.missingText')}</p>
          <p>{t('sheet.missingHow')}</p>
          <ButtonLink to={deskPath} icon="arrow-back">
            {t('sheet.back')}
          </ButtonLink>
        </div>
      </StaffFrame>
    );
  }

  const { sheet, locale } = state;
  return (
    <StaffFrame
      membership={membership}
      className="staff-sheet-page"
      title={t('sheet.title', { name: sheet.displayName })}
      lead={<p>{t('sheet.lead')}</p>}
    >
      <div className="staff-no-print">
        <Alert tone="info" title={t('sheet.onceTitle')}>
          <p>{t('sheet.onceText')}</p>
        </Alert>
        <div className="staff-actions">
          <Button onClick={() => window.print()}>{t('sheet.print')}</Button>
          <ButtonLink to={deskPath} variant="secondary" icon="arrow-back">
            {t('sheet.back')}
          </ButtonLink>
        </div>
      </div>
      <ActivationSheet sheet={sheet} locale={locale} timeZone={membership.community.timeZone} />
    </StaffFrame>
  );
}

/**
 * `/c/:slug/guichet/fiche`: the sheet to print, shown once, right after the code was made (it
 * comes through the router's state; opened any other way, the page explains and leads back).
 */
export function ActivationSheetPage() {
  return (
    <StaffArea roles={STAFF_ROLES.desk}>
      {(membership) => <Sheet membership={membership} />}
    </StaffArea>
  );
}
