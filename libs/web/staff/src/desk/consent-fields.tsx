import type { DeskConsentInput } from '@palier/web-data-access';
import { CheckboxGroup } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';

export type ConsentChoice = 'present' | 'agrees';

/** The two boxes as the API wants them. */
export function consentInput(value: readonly string[]): DeskConsentInput {
  return { residentPresent: value.includes('present'), residentAgrees: value.includes('agrees') };
}

export function consentComplete(value: readonly string[]): boolean {
  const consent = consentInput(value);
  return consent.residentPresent && consent.residentAgrees;
}

/** The API's names of the two boxes, for its field problems. */
export const CONSENT_FIELDS = ['residentPresent', 'residentAgrees'];

/** The hint and the second box, in the words of what the staff member is about to do. */
const TEXTS = {
  create: { hint: 'consent.hintCreate', agrees: 'consent.agreesCreate' },
  reissue: { hint: 'consent.hintReissue', agrees: 'consent.agreesReissue' },
  erase: { hint: 'consent.hintErase', agrees: 'consent.agreesErase' },
} as const;

export interface ConsentFieldsProps {
  id: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string;
  /** What the staff member is about to do, for the hint ("créer son compte"). */
  purpose: keyof typeof TEXTS;
}

/**
 * "La personne est présente" and "La personne est d'accord": both required, recorded with the
 * staff member's name and shown in the person's history — never a silent impersonation.
 */
export function ConsentFields({ id, value, onChange, error, purpose }: ConsentFieldsProps) {
  const { t } = useTranslation('staff');
  const { t: tc } = useTranslation();
  return (
    <CheckboxGroup
      id={id}
      name={id}
      legend={t('consent.legend')}
      hint={t(TEXTS[purpose].hint)}
      error={error}
      errorPrefix={tc('common.errorPrefix')}
      value={value}
      onChange={onChange}
      options={[
        { value: 'present', label: t('consent.present') },
        { value: 'agrees', label: t(TEXTS[purpose].agrees) },
      ]}
    />
  );
}
