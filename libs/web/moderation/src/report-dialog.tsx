import { useMutation } from '@apollo/client/react';
import { MODERATION_LIMITS, REPORT_REASONS } from '@palier/shared';
import { ReportDocument } from '@palier/web-data-access';
import { Alert, Button, Dialog, Link, RadioGroup, TextArea } from '@palier/web-ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ReportDialogProps {
  open: boolean;
  onClose: () => void;
  /** Called once the report is sent, with a sentence to show (e.g. in a toast). */
  onSent: (message: string) => void;
  communityId: string;
  /** The community's slug, for the link to its charter. */
  slug: string;
  /** post, comment, member… (the reportable types registered on the server). */
  itemType: string;
  itemId: string;
}

/** Report an item or a member to the builders: a reason from the list, free text, the charter. */
export function ReportDialog({
  open,
  onClose,
  onSent,
  communityId,
  slug,
  itemType,
  itemId,
}: ReportDialogProps) {
  const { t } = useTranslation('moderation');
  const { t: tc } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState<string | undefined>();
  const [details, setDetails] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [report, { loading }] = useMutation(ReportDocument);

  const send = async () => {
    if (!reason) return setError(t('report.chooseReason'));
    setError(null);
    setFailed(false);
    try {
      await report({
        variables: { communityId, input: { itemType, itemId, reason, details: details || null } },
      });
      setReason(undefined);
      setDetails('');
      onSent(t('report.sent'));
      onClose();
    } catch {
      setFailed(true);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('report.title')}
      closeLabel={tc('common.close')}
      actions={
        <Button onClick={() => void send()} disabled={loading} data-testid="report-send">
          {t('report.send')}
        </Button>
      }
    >
      <p>{t('report.lead')}</p>
      {failed && <Alert tone="error">{t('report.failed')}</Alert>}
      <RadioGroup
        id={`${id}-reason`}
        name={`${id}-reason`}
        legend={t('report.reason')}
        value={reason}
        onChange={setReason}
        error={error}
        errorPrefix={tc('common.errorPrefix')}
        options={REPORT_REASONS.map((r) => ({ value: r, label: t(`report.reasons.${r}`) }))}
      />
      <TextArea
        id={`${id}-details`}
        label={t('report.details')}
        hint={t('report.detailsHint')}
        rows={3}
        maxLength={MODERATION_LIMITS.detailsMax}
        value={details}
        onChange={(e) => setDetails(e.target.value)}
      />
      <p>
        <Link to={`/c/${encodeURIComponent(slug)}/charte`}>{t('report.charter')}</Link>
      </p>
    </Dialog>
  );
}
