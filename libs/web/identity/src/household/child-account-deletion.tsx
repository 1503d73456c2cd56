import { useMutation } from '@apollo/client/react';
import {
  MyHouseholdDocument,
  RequestChildAccountDeletionDocument,
  type HouseholdFieldsFragment,
} from '@palier/web-data-access';
import { Button, Dialog } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FailureAlert } from '../common/failure-alert';
import { FormErrors } from '../common/form-errors';
import { PasswordInput } from '../common/password-input';
import { useForm } from '../common/use-form';
import { check, required } from '../common/validation';

type Member = HouseholdFieldsFragment['members'][number];

/**
 * The parent deletes the account they opened for a child, after typing their own password: the
 * child's account and what it holds are erased (the child also leaves the household list).
 */
export function ChildAccountDeletion({
  child,
  onClose,
  onDeleted,
}: {
  child: Member | null;
  onClose: () => void;
  onDeleted: (name: string) => void;
}) {
  const { t } = useTranslation('identity');
  const { t: common } = useTranslation();
  const [password, setPassword] = useState('');
  const form = useForm('child-account-deletion', ['password']);
  const [request] = useMutation(RequestChildAccountDeletionDocument, {
    refetchQueries: [MyHouseholdDocument],
  });
  const name = child?.name ?? '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!child?.childAccountId) return;
    const done = await form.submit(check({ password }, { password: required }), () =>
      request({ variables: { accountId: child.childAccountId as string, password } }),
    );
    if (done) {
      setPassword('');
      onDeleted(name);
    }
  };

  return (
    <Dialog
      open={child !== null}
      onClose={onClose}
      title={t('childAccount.deleteTitle', { name })}
      closeLabel={common('common.close')}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <FormErrors form={form} />
        <FailureAlert error={form.failure} />
        <p>{t('childAccount.deleteText', { name })}</p>
        <PasswordInput
          {...form.field('password')}
          label={t('childAccount.yourPassword')}
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <Button type="submit" icon="trash" data-testid="delete-child-account">
          {t('childAccount.deleteConfirm', { name })}
        </Button>
      </form>
    </Dialog>
  );
}
