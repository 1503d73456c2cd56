import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const KINDS = ['charter', 'privacy_notice', 'photo_public', 'newsletter'] as const;
type Kind = (typeof KINDS)[number];

/** The words of a consent's kind ("La charte de la communauté"), never its code. */
export function useKindLabel(): (kind: string) => string {
  const { t } = useTranslation('privacy');
  return useCallback(
    (kind: string) =>
      (KINDS as readonly string[]).includes(kind) ? t(`kinds.${kind as Kind}`) : t('kinds.other'),
    [t],
  );
}
