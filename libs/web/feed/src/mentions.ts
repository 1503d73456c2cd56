export interface Mention {
  accountId: string;
  displayName: string;
}

/** The ids of the members picked whose "@Name" is still in the text (they are notified). */
export function mentionIdsIn(text: string, picked: Mention[]): string[] {
  return [
    ...new Set(picked.filter((m) => text.includes(`@${m.displayName}`)).map((m) => m.accountId)),
  ];
}

/** Adds "@Name " at the end of a text, on a word boundary. */
export function withMention(text: string, member: Mention): string {
  const gap = text && !/\s$/.test(text) ? ' ' : '';
  return `${text}${gap}@${member.displayName} `;
}
