import { RadioGroup } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';

/** The optional gender of a household member ('' when not said). */
export function GenderChoice({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('identity');
  return (
    <RadioGroup
      id={id}
      name={id}
      legend={t('household.gender')}
      hint={t('household.genderHint')}
      value={value}
      onChange={onChange}
      options={[
        { value: 'female', label: t('household.genderFemale') },
        { value: 'male', label: t('household.genderMale') },
        { value: 'other', label: t('household.genderOther') },
        { value: '', label: t('household.genderUnsaid') },
      ]}
    />
  );
}
