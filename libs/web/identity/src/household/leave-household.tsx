import { useMutation } from '@apollo/client/react';
import { RemoveHouseholdMemberDocument } from '@palier/web-data-access';
import { Button, Dialog } from '@palier/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FailureAlert } from '../common/failure-alert';

/** "Quitter le foyer", after a question that says what happens to it. */
export function LeaveHousehold({
  myMemberId,
  lastAdult,
  onLeft,
}: {
  myMemberId: string;
  lastAdult: boolean;
  onLeft: () => void;
}) {
  const { t } = useTranslation('identity');
  const { t: common } = useTranslation();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [remove, { loading }] = useMutation(RemoveHouseholdMemberDocument);

  const confirm = async () => {
    if (loading) return;
    try {
      await remove({ variables: { memberId: myMemberId } });
      setOpen(false);
      onLeft();
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <>
      <Button
        variant="secondary"
        icon="log-out"
        onClick={() => setOpen(true)}
        data-testid="leave-household"
      >
        {t('household.leave')}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('household.leaveTitle')}
        closeLabel={common('common.close')}
        actions={
          <Button
            icon="log-out"
            onClick={() => void confirm()}
            data-testid="leave-household-confirm"
          >
            {t('household.leaveConfirm')}
          </Button>
        }
      >
        <FailureAlert error={failure} />
        <p>{t(lastAdult ? 'household.leaveTextLast' : 'household.leaveText')}</p>
      </Dialog>
    </>
  );
}
