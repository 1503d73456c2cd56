import type { AdmissionMode } from '@palier/web-data-access';
import { LANGUAGE_AUTONYMS } from '@palier/web-i18n';
import { CheckboxGroup, RadioGroup, TextArea, TextField } from '@palier/web-ui';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText, type FormError } from '../shared/form-errors';
import type { FieldCode } from '@palier/shared';
import {
  PROFILE_FIELDS,
  type ProfileField,
  type ProfileProblem,
  type ProfileValues,
} from './profile-model';

export interface ProfileFieldsProps {
  /** Prefix of the fields' ids: `<prefix>-name`, `<prefix>-city`… */
  prefix: string;
  values: ProfileValues;
  onChange: (values: ProfileValues) => void;
  errorOf: (fieldId: string) => string | undefined;
  /** Fields that belong just after the name (the address of a new community). */
  afterName?: ReactNode;
}

/** The sentences for the profile's problems, each linked to its field. */
export function useProfileErrors(prefix: string) {
  const { t } = useTranslation('staff');
  const errorText = useFieldErrorText();
  return useCallback(
    (problems: readonly ProfileProblem[]): FormError[] => {
      const own: Partial<Record<ProfileField, Partial<Record<FieldCode, string>>>> = {
        postalCode: { invalid_format: t('profile.postalCode.invalid') },
        phone: { invalid_format: t('profile.phone.invalid') },
        logoUrl: { invalid_format: t('profile.logoUrl.invalid') },
        email: { invalid_email: t('profile.email.invalid') },
        languages: { required: t('profile.languages.required') },
      };
      return problems.map(({ field, code }) => {
        // "languages.0" is about the languages; anything unknown goes to the first field.
        const known = PROFILE_FIELDS.find((f) => f === field.split('.')[0]) ?? 'name';
        return {
          fieldId: `${prefix}-${known}`,
          message: errorText(code, t(`profile.${known}.label`), own[known]),
        };
      });
    },
    [prefix, t, errorText],
  );
}

/**
 * The profile of a community: name, presentation, address, contact, logo, languages, and how
 * people get in. Shared by the settings and the creation of a community.
 */
export function ProfileFields({
  prefix,
  values,
  onChange,
  errorOf,
  afterName,
}: ProfileFieldsProps) {
  const { t } = useTranslation('staff');
  const { t: tc } = useTranslation();
  const id = (field: ProfileField) => `${prefix}-${field}`;
  const text = (field: Exclude<ProfileField, 'languages' | 'admissionMode'>) => ({
    id: id(field),
    label: t(`profile.${field}.label`),
    error: errorOf(id(field)),
    errorPrefix: tc('common.errorPrefix'),
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) =>
      onChange({ ...values, [field]: event.currentTarget.value }),
  });

  return (
    <>
      <TextField {...text('name')} hint={t('profile.name.hint')} maxLength={140} lang="fr" />
      {afterName}
      <TextArea
        {...text('presentation')}
        hint={t('profile.presentation.hint')}
        rows={4}
        lang="fr"
      />
      <TextField {...text('streetAddress')} autoComplete="street-address" lang="fr" />
      <TextField
        {...text('postalCode')}
        hint={t('profile.postalCode.hint')}
        width="short"
        inputMode="numeric"
        autoComplete="postal-code"
        maxLength={5}
      />
      <TextField {...text('city')} autoComplete="address-level2" lang="fr" />
      <TextField
        {...text('phone')}
        hint={t('profile.phone.hint')}
        type="tel"
        autoComplete="tel"
        dir="ltr"
      />
      <TextField
        {...text('email')}
        hint={t('profile.email.hint')}
        type="email"
        autoComplete="email"
        spellCheck={false}
        dir="ltr"
      />
      <TextField
        {...text('logoUrl')}
        hint={t('profile.logoUrl.hint')}
        type="url"
        spellCheck={false}
        dir="ltr"
      />
      <CheckboxGroup
        id={id('languages')}
        name={id('languages')}
        legend={t('profile.languages.label')}
        hint={t('profile.languages.hint')}
        error={errorOf(id('languages'))}
        errorPrefix={tc('common.errorPrefix')}
        value={values.languages}
        onChange={(languages) => onChange({ ...values, languages })}
        options={(['fr', 'en', 'ar'] as const).map((locale) => ({
          value: locale,
          label: (
            <span lang={locale} dir={locale === 'ar' ? 'rtl' : 'ltr'}>
              {LANGUAGE_AUTONYMS[locale]}
            </span>
          ),
        }))}
      />
      <RadioGroup
        id={id('admissionMode')}
        name={id('admissionMode')}
        legend={t('profile.admissionMode.label')}
        error={errorOf(id('admissionMode'))}
        errorPrefix={tc('common.errorPrefix')}
        value={values.admissionMode}
        onChange={(admissionMode) =>
          onChange({ ...values, admissionMode: admissionMode as AdmissionMode })
        }
        options={[
          {
            value: 'approval',
            label: t('profile.admissionMode.approval'),
            hint: t('profile.admissionMode.approvalHint'),
          },
          {
            value: 'automatic',
            label: t('profile.admissionMode.automatic'),
            hint: t('profile.admissionMode.automaticHint'),
          },
        ]}
      />
    </>
  );
}
