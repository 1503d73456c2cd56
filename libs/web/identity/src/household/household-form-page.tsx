import { useMutation } from '@apollo/client/react';
import { CreateHouseholdDocument, UpdateHouseholdDocument } from '@palier/web-data-access';
import { useDocumentTitle } from '@palier/web-session';
import { Button, PageLayout, TextField } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { BackLink } from '../common/back-button';
import { FailureAlert } from '../common/failure-alert';
import { FormErrors } from '../common/form-errors';
import { noticeState } from '../common/notice';
import { PageSkeleton } from '../common/page-skeleton';
import { useForm } from '../common/use-form';
import { check, postalCode, required } from '../common/validation';
import { useMyHousehold } from './use-my-household';

/** `/foyer/creer` and `/foyer/modifier`: the household's name, and its postcode if wished. */
export function HouseholdFormPage({ mode }: { mode: 'create' | 'edit' }) {
  const { t } = useTranslation('identity');
  useDocumentTitle(t(mode === 'create' ? 'household.createTitle' : 'household.editTitle'));
  const { household, loading } = useMyHousehold();
  if (loading) return <PageSkeleton />;
  // Only one household: creating a second one, or editing none, leads back to the household page.
  if ((mode === 'create') === Boolean(household)) return <Navigate to="/foyer" replace />;
  return (
    <HouseholdForm
      mode={mode}
      initial={{ name: household?.name ?? '', postalCode: household?.postalCode ?? '' }}
    />
  );
}

function HouseholdForm({
  mode,
  initial,
}: {
  mode: 'create' | 'edit';
  initial: { name: string; postalCode: string };
}) {
  const { t } = useTranslation('identity');
  const navigate = useNavigate();
  const [values, setValues] = useState(initial);
  const form = useForm('household', ['name', 'postalCode']);
  const [create] = useMutation(CreateHouseholdDocument);
  const [update] = useMutation(UpdateHouseholdDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      name: values.name.trim(),
      ...(values.postalCode.trim() ? { postalCode: values.postalCode.trim() } : {}),
    };
    const done = await form.submit(check(values, { name: required, postalCode }), () =>
      mode === 'create' ? create({ variables: { input } }) : update({ variables: { input } }),
    );
    if (done) {
      void navigate(
        '/foyer',
        noticeState(mode === 'create' ? 'householdCreated' : 'householdSaved'),
      );
    }
  };

  return (
    <div className="page">
      <BackLink to="/foyer">{t('household.back')}</BackLink>
      <PageLayout
        title={t(mode === 'create' ? 'household.createTitle' : 'household.editTitle')}
        lead={mode === 'create' ? <p>{t('household.createLead')}</p> : undefined}
      >
        <form noValidate onSubmit={(event) => void submit(event)} className="identity-form">
          <FormErrors form={form} />
          <FailureAlert error={form.failure} messages={{ CONFLICT: t('household.alreadyInOne') }} />
          <TextField
            {...form.field('name')}
            label={t('household.name')}
            hint={t('household.nameHint')}
            value={values.name}
            onChange={(event) => setValues({ ...values, name: event.currentTarget.value })}
          />
          <TextField
            {...form.field('postalCode')}
            label={t('household.postalCode')}
            hint={t('household.postalCodeHint')}
            width="short"
            inputMode="numeric"
            autoComplete="postal-code"
            value={values.postalCode}
            onChange={(event) => setValues({ ...values, postalCode: event.currentTarget.value })}
          />
          <div className="identity-actions">
            <Button type="submit" icon="check" data-testid="household-submit">
              {t(mode === 'create' ? 'household.createSubmit' : 'household.editSubmit')}
            </Button>
          </div>
        </form>
      </PageLayout>
    </div>
  );
}
