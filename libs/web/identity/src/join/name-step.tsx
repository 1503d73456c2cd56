import { useMutation } from '@apollo/client/react';
import { UpdateProfileDocument } from '@palier/web-data-access';
import type { Me } from '@palier/web-session';
import { Button, TextField } from '@palier/web-ui';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FailureAlert } from '../common/failure-alert';
import { FormErrors } from '../common/form-errors';
import { useForm } from '../common/use-form';
import { check, required } from '../common/validation';

export interface NameStepProps {
  me: Me;
  displayName: string;
  onChange: (displayName: string) => void;
  onContinue: () => void;
}

/** "Comment vous appeler ?": the name the other members will see, confirmed or changed. */
export function NameStep({ me, displayName, onChange, onContinue }: NameStepProps) {
  const { t } = useTranslation('identity');
  const form = useForm('join-name', ['displayName']);
  const [updateProfile] = useMutation(UpdateProfileDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = displayName.trim();
    const done = await form.submit(check({ displayName }, { displayName: required }), async () => {
      if (name !== me.displayName) {
        await updateProfile({ variables: { input: { displayName: name, locale: me.locale } } });
      }
    });
    if (done) onContinue();
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="name-step">
      <FormErrors form={form} />
      <FailureAlert error={form.failure} />
      <TextField
        {...form.field('displayName')}
        label={t('join.nameLabel')}
        hint={t('signUp.displayNameHint')}
        autoComplete="name"
        value={displayName}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      <div className="identity-actions">
        <Button type="submit" icon="arrow-forward" data-testid="name-submit">
          {t('common.continue')}
        </Button>
      </div>
    </form>
  );
}
