import type { i18n as I18n } from 'i18next';

/**
 * French "de" before a name, as a person would say it: "d’Awa", "d’Espace de vie sociale…",
 * "du Trait d’Union" (Le), "des Tilleuls" (Les), "de Mamadou". A name starting with "h" keeps
 * "de" ("de Hamid"): whether its h is silent cannot be told from the spelling.
 * Used in the French texts as `{{name, de}}`; other languages show the name as it is.
 */
export function frenchDe(name: string): string {
  const text = name.trim();
  if (/^le\s/i.test(text)) return `du ${text.slice(3)}`;
  if (/^les\s/i.test(text)) return `des ${text.slice(4)}`;
  if (/^[aeiouyàâäéèêëîïôöùûüœæ]/i.test(text)) return `d’${text}`;
  return `de ${text}`;
}

/** Adds the `de` format to an i18next instance (after its init). */
export function addFrenchDe(instance: I18n): void {
  instance.services.formatter?.add('de', (value: unknown, lng: string | undefined) =>
    lng?.startsWith('fr') ? frenchDe(String(value)) : String(value),
  );
}
