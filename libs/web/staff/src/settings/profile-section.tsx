import type { CommunitySettingsFieldsFragment } from '@palier/web-data-access';
import { Button } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, useFormErrors } from '../shared/form-errors';
import { FormFailure } from '../shared/form-failure';
import { ProfileFields, useProfileErrors } from './profile-fields';
import { checkProfile, profileFromCommunity, profileInput } from './profile-model';
import { useUpdateCommunity } from './use-update-community';

export interface SectionProps {
  community: CommunitySettingsFieldsFragment;
  /** Says that something was saved, in a toast. */
  notify: (message: string) => void;
}

/** The centre's profile: who it is, where, how to reach it, and how people get in. */
export function ProfileSection({ community, notify }: SectionProps) {
  const { t } = useTranslation('staff');
  const [values, setValues] = useState(() => profileFromCommunity(community));
  const [failure, setFailure] = useState<unknown>(null);
  const form = useFormErrors();
  const toErrors = useProfileErrors('profile');
  const { save, saving } = useUpdateCommunity(community);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    const problems = checkProfile(values);
    if (problems.length) {
      form.show(toErrors(problems));
      return;
    }
    form.clear();
    try {
      await save(profileInput(values));
      notify(t('settings.profile.saved'));
    } catch (error) {
      if (!form.showApiProblems(error, toErrors)) setFailure(error);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="profile-form">
      <FormErrorSummary form={form} />
      <FormFailure error={failure} />
      <ProfileFields prefix="profile" values={values} onChange={setValues} errorOf={form.errorOf} />
      <Button type="submit" disabled={saving}>
        {t('settings.profile.submit')}
      </Button>
    </form>
  );
}
