import type { Locale } from '@palier/shared';

/** The texts of one feature library, in every language (same keys in each). */
export type FeatureTranslations = Record<Locale, Record<string, unknown>>;

const registered = new Map<string, FeatureTranslations>();

/**
 * A feature library registers its own texts under its namespace (e.g. "identity") when it is
 * imported; `initI18n` then bundles them with the common ones. Components use
 * `useTranslation('identity')`.
 */
export function registerTranslations(namespace: string, translations: FeatureTranslations): void {
  registered.set(namespace, translations);
}

export function registeredNamespaces(): ReadonlyMap<string, FeatureTranslations> {
  return registered;
}
