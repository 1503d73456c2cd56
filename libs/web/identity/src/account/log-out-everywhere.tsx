import { useMutation } from '@apollo/client/react';
import { LogOutEverywhereDocument } from '@palier/web-data-access';
import { useSessionChanged } from '@palier/web-session';
import { Button, Dialog } from '@palier/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FailureAlert } from '../common/failure-alert';
import { noticeState } from '../common/notice';

/** "Se déconnecter de tous les appareils", after a question that says what it does. */
export function LogOutEverywhere() {
  const { t } = useTranslation('identity');
  const { t: common } = useTranslation();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [logOutEverywhere, { loading }] = useMutation(LogOutEverywhereDocument);
  const sessionChanged = useSessionChanged();
  const navigate = useNavigate();

  const confirm = async () => {
    if (loading) return;
    try {
      await logOutEverywhere();
      setOpen(false);
      // Leave this signed-in page first: emptying the cache would otherwise send the person to the
      // login page with this page to come back to, and without the confirmation.
      void navigate('/connexion', noticeState('loggedOutEverywhere'));
      await sessionChanged();
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <>
      <p>{t('account.devicesText')}</p>
      <Button
        variant="secondary"
        icon="log-out"
        onClick={() => setOpen(true)}
        data-testid="log-out-everywhere"
      >
        {t('account.logOutEverywhere')}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('account.logOutEverywhereTitle')}
        closeLabel={common('common.close')}
        actions={
          <Button
            icon="log-out"
            onClick={() => void confirm()}
            data-testid="log-out-everywhere-confirm"
          >
            {t('account.logOutEverywhereConfirm')}
          </Button>
        }
      >
        <FailureAlert error={failure} />
        <p>{t('account.logOutEverywhereText')}</p>
      </Dialog>
    </>
  );
}
