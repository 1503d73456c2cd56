import { useMutation } from '@apollo/client/react';
import { AddChildDocument, type Gender } from '@palier/web-data-access';
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
import { birthYear, check, required } from '../common/validation';
import { GenderChoice } from './gender-choice';
import { useMyHousehold } from './use-my-household';

/** `/foyer/enfant`: a child's first name and year of birth (children have no account). */
export function AddChildPage() {
  const { t } = useTranslation('identity');
  useDocumentTitle(t('household.addChildTitle'));
  const { household, loading } = useMyHousehold();
  const navigate = useNavigate();
  const [values, setValues] = useState({ firstName: '', birthYear: '', gender: '' });
  const form = useForm('child', ['firstName', 'birthYear']);
  const [addChild] = useMutation(AddChildDocument);

  if (loading) return <PageSkeleton />;
  if (!household) return <Navigate to="/foyer" replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await form.submit(
      check(values, { firstName: required, birthYear: birthYear() }),
      () =>
        addChild({
          variables: {
            input: {
              firstName: values.firstName.trim(),
              birthYear: Number.parseInt(values.birthYear.trim(), 10),
              gender: (values.gender || null) as Gender | null,
            },
          },
        }),
    );
    if (done) void navigate('/foyer', noticeState('childAdded', values.firstName.trim()));
  };

  return (
    <div className="page">
      <BackLink to="/foyer">{t('household.back')}</BackLink>
      <PageLayout title={t('household.addChildTitle')} lead={<p>{t('household.addChildLead')}</p>}>
        <form noValidate onSubmit={(event) => void submit(event)} className="identity-form">
          <FormErrors form={form} />
          <FailureAlert error={form.failure} />
          <TextField
            {...form.field('firstName')}
            label={t('household.firstName')}
            autoComplete="off"
            value={values.firstName}
            onChange={(event) => setValues({ ...values, firstName: event.currentTarget.value })}
          />
          <TextField
            {...form.field('birthYear')}
            label={t('household.birthYear')}
            hint={t('household.birthYearHint')}
            width="short"
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            value={values.birthYear}
            onChange={(event) => setValues({ ...values, birthYear: event.currentTarget.value })}
          />
          <GenderChoice
            id="child-gender"
            value={values.gender}
            onChange={(gender) => setValues({ ...values, gender })}
          />
          <div className="identity-actions">
            <Button type="submit" icon="plus" data-testid="add-child-submit">
              {t('household.addChildSubmit')}
            </Button>
          </div>
        </form>
      </PageLayout>
    </div>
  );
}
