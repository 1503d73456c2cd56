import { useMutation } from '@apollo/client/react';
import { UpdateHouseholdMemberDocument, type Gender } from '@palier/web-data-access';
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
import { check } from '../common/validation';
import { GenderChoice } from './gender-choice';
import { useMyHousehold } from './use-my-household';

/** A birth year that may be left empty; else four digits, from 1900 to this year. */
const optionalBirthYear = (value: string) => {
  const text = value.trim();
  if (text === '') return undefined;
  if (!/^\d{4}$/.test(text)) return 'invalid_format';
  const year = Number.parseInt(text, 10);
  return year < 1900 || year > new Date().getFullYear() ? 'out_of_range' : undefined;
};

/** `/foyer/moi`: my birth year and gender, both optional (the centre's figures, without names). */
export function MyDetailsPage() {
  const { t } = useTranslation('identity');
  useDocumentTitle(t('household.detailsTitle'));
  const { household, loading } = useMyHousehold();
  if (loading) return <PageSkeleton />;
  const me = household?.members.find((m) => m.isMe);
  if (!me) return <Navigate to="/foyer" replace />;
  return (
    <DetailsForm
      memberId={me.id}
      initial={{ birthYear: me.birthYear ? String(me.birthYear) : '', gender: me.gender ?? '' }}
    />
  );
}

function DetailsForm({
  memberId,
  initial,
}: {
  memberId: string;
  initial: { birthYear: string; gender: string };
}) {
  const { t } = useTranslation('identity');
  const navigate = useNavigate();
  const [values, setValues] = useState(initial);
  const form = useForm('details', ['birthYear', 'gender']);
  const [update] = useMutation(UpdateHouseholdMemberDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await form.submit(check(values, { birthYear: optionalBirthYear }), () =>
      update({
        variables: {
          memberId,
          input: {
            birthYear: values.birthYear.trim() ? Number.parseInt(values.birthYear, 10) : null,
            gender: (values.gender || null) as Gender | null,
          },
        },
      }),
    );
    if (done) void navigate('/foyer', noticeState('householdSaved'));
  };
  return (
    <div className="page">
      <BackLink to="/foyer">{t('household.back')}</BackLink>
      <PageLayout title={t('household.detailsTitle')} lead={<p>{t('household.detailsLead')}</p>}>
        <form noValidate onSubmit={(event) => void submit(event)} className="identity-form">
          <FormErrors form={form} />
          <FailureAlert error={form.failure} />
          <TextField
            {...form.field('birthYear')}
            label={t('household.myBirthYear')}
            hint={t('household.myBirthYearHint')}
            width="short"
            inputMode="numeric"
            autoComplete="bday-year"
            maxLength={4}
            value={values.birthYear}
            onChange={(event) => setValues({ ...values, birthYear: event.currentTarget.value })}
          />
          <GenderChoice
            id="details-gender"
            value={values.gender}
            onChange={(gender) => setValues({ ...values, gender })}
          />
          <div className="identity-actions">
            <Button type="submit" data-testid="details-submit">
              {t('household.editSubmit')}
            </Button>
          </div>
        </form>
      </PageLayout>
    </div>
  );
}
