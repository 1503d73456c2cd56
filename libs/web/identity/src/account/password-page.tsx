import { useMutation } from '@apollo/client/react';
import { ChangePasswordDocument } from '@palier/web-data-access';
import { useDocumentTitle } from '@palier/web-session';
import { Button, PageLayout } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BackLink } from '../common/back-button';
import { FailureAlert } from '../common/failure-alert';
import { FormErrors } from '../common/form-errors';
import { noticeState } from '../common/notice';
import { PasswordInput } from '../common/password-input';
import { useForm } from '../common/use-form';
import { check, newPassword, required } from '../common/validation';

/** `/compte/mot-de-passe`: the current password, then the new one. */
export function PasswordPage() {
  const { t } = useTranslation('identity');
  useDocumentTitle(t('changePassword.title'));
  const navigate = useNavigate();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '' });
  const form = useForm('change-password', ['currentPassword', 'newPassword']);
  const [change] = useMutation(ChangePasswordDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await form.submit(
      check(values, { currentPassword: required, newPassword }),
      // A wrong current password comes back as `currentPassword: invalid_format`.
      () => change({ variables: { input: values } }),
    );
    if (done) void navigate('/compte', noticeState('passwordChanged'));
  };

  return (
    <div className="page">
      <BackLink to="/compte">{t('account.back')}</BackLink>
      <PageLayout title={t('changePassword.title')} lead={<p>{t('changePassword.lead')}</p>}>
        <form noValidate onSubmit={(event) => void submit(event)} className="identity-form">
          <FormErrors form={form} />
          <FailureAlert error={form.failure} />
          <PasswordInput
            {...form.field('currentPassword')}
            label={t('changePassword.current')}
            autoComplete="current-password"
            value={values.currentPassword}
            onChange={(event) =>
              setValues({ ...values, currentPassword: event.currentTarget.value })
            }
          />
          <PasswordInput
            {...form.field('newPassword')}
            label={t('changePassword.new')}
            hint={t('password.newHint')}
            autoComplete="new-password"
            value={values.newPassword}
            onChange={(event) => setValues({ ...values, newPassword: event.currentTarget.value })}
          />
          <div className="identity-actions">
            <Button type="submit" icon="key" data-testid="change-password-submit">
              {t('changePassword.submit')}
            </Button>
          </div>
        </form>
      </PageLayout>
    </div>
  );
}
