import { useMutation } from '@apollo/client/react';
import { MODERATION_LIMITS } from '@palier/shared';
import {
  ModerateDocument,
  ModerationLogDocument,
  ModerationQueueDocument,
} from '@palier/web-data-access';
import { Alert, Button, Dialog, RadioGroup, TextArea, TextField } from '@palier/web-ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

const CONTENT_ACTIONS = ['dismiss', 'hide', 'delete', 'warn', 'suspend', 'exclude'] as const;
const MEMBER_ACTIONS = ['dismiss', 'warn', 'suspend', 'exclude'] as const;

/** The builder's decision on one reported item: an action, and why (the member reads it). */
export function DecisionDialog({
  open,
  onClose,
  onDone,
  communityId,
  item,
}: {
  open: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
  communityId: string;
  item: { type: string; id: string; label: string; hidden: boolean };
}) {
  const { t } = useTranslation('moderation');
  const { t: tc } = useTranslation();
  const id = useId();
  const [action, setAction] = useState<string>('hide');
  const [reason, setReason] = useState('');
  const [days, setDays] = useState('7');
  const [error, setError] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [moderate, { loading }] = useMutation(ModerateDocument, {
    refetchQueries: [ModerationQueueDocument, ModerationLogDocument],
  });
  const actions = [
    ...(item.type === 'member' ? MEMBER_ACTIONS : CONTENT_ACTIONS),
    ...(item.hidden ? (['restore'] as const) : []),
  ];
  const save = async () => {
    if (!reason.trim()) return setError(t('decision.reasonRequired'));
    setError(null);
    setFailed(false);
    try {
      await moderate({
        variables: {
          communityId,
          input: {
            itemType: item.type,
            itemId: item.id,
            action,
            reason,
            suspensionDays: action === 'suspend' ? Number(days) || 1 : null,
          },
        },
      });
      setReason('');
      onDone(t('decision.done'));
      onClose();
    } catch {
      setFailed(true);
    }
  };
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('decision.title', { label: item.label })}
      closeLabel={tc('common.close')}
      actions={
        <Button onClick={() => void save()} disabled={loading} data-testid="decision-save">
          {t('decision.confirm')}
        </Button>
      }
    >
      {failed && <Alert tone="error">{t('decision.failed')}</Alert>}
      <RadioGroup
        id={`${id}-action`}
        name={`${id}-action`}
        legend={t('decision.action')}
        value={action}
        onChange={setAction}
        options={actions.map((a) => ({ value: a, label: t(`decision.actions.${a}`) }))}
      />
      {action === 'suspend' && (
        <TextField
          id={`${id}-days`}
          label={t('decision.days')}
          type="number"
          inputMode="numeric"
          min={1}
          max={MODERATION_LIMITS.suspensionDaysMax}
          width="short"
          value={days}
          onChange={(e) => setDays(e.target.value)}
        />
      )}
      <TextArea
        id={`${id}-reason`}
        label={t('decision.reason')}
        hint={t('decision.reasonHint')}
        rows={3}
        maxLength={MODERATION_LIMITS.reasonMax}
        value={reason}
        error={error}
        errorPrefix={tc('common.errorPrefix')}
        onChange={(e) => setReason(e.target.value)}
        data-testid="decision-reason"
      />
    </Dialog>
  );
}
