type Tree = { [key: string]: unknown };

/** Every leaf of a translation file as [dotted key, value]. */
export function flattenTranslations(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === 'object'
      ? flattenTranslations(value as Tree, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

/** The `{{variables}}` and `<tags>` of a text, which every translation must keep. */
function placeholders(text: string): string {
  // `{{name, de}}` (a format) keeps the variable `name`.
  return [...text.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}|<\/?(\w+)\s*\/?>/g)]
    .map((m) => (m[1] ? `{{${m[1]}}}` : m[0].replace(/\s/g, '')))
    .sort()
    .join();
}

/**
 * What is wrong with a set of translations (French is the reference): a key missing or extra in
 * a language, an empty text, a variable or tag lost in translation, a point médian in French.
 * Each feature library's test calls it on its own texts; an empty list means all is well.
 */
export function translationProblems(languages: { fr: Tree } & Record<string, Tree>): string[] {
  const reference = new Map(flattenTranslations(languages.fr));
  const problems: string[] = [];
  for (const [language, tree] of Object.entries(languages)) {
    const entries = new Map(flattenTranslations(tree));
    for (const key of reference.keys())
      if (!entries.has(key)) problems.push(`${language}: missing ${key}`);
    for (const [key, value] of entries) {
      if (!reference.has(key)) problems.push(`${language}: extra ${key}`);
      if (typeof value !== 'string' || value.trim() === '')
        problems.push(`${language}: empty ${key}`);
      const french = reference.get(key);
      if (
        typeof french === 'string' &&
        typeof value === 'string' &&
        placeholders(french) !== placeholders(value)
      ) {
        problems.push(`${language}: ${key} does not keep the variables of the French text`);
      }
    }
  }
  for (const [key, value] of reference) {
    if (typeof value === 'string' && /[·\u2027\u22C5]/.test(value))
      problems.push(`fr: point médian in ${key}`);
  }
  return problems;
}
