import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The text of a field problem, in the reader's language: the field's own wording when there is
 * one (`fields.email.required`: "Indiquez votre adresse e-mail."), else the general one for the
 * code (`fieldErrors.required`). Never the code itself.
 */
export function useFieldMessage(): (field: string, code: string) => string {
  const { t, i18n } = useTranslation('identity');
  return useCallback(
    (field: string, code: string) => {
      const specific = `fields.${field}.${code}`;
      const general = `fieldErrors.${code}`;
      const key = i18n.exists(specific, { ns: 'identity' })
        ? specific
        : i18n.exists(general, { ns: 'identity' })
          ? general
          : 'fieldErrors.invalid_format';
      // The key is built from the API's field names and codes: checked above, not by the types.
      return (t as unknown as (key: string) => string)(key);
    },
    [t, i18n],
  );
}
