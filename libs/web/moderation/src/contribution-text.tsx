import { linkifyit } from 'linkify-it';
import type { ReactNode } from 'react';

const linkify = linkifyit();
const SAFE_URL = /^(https?:\/\/|mailto:)/i;

/**
 * A member's text (a post, an idea, a comment) as plain text: every character is shown as typed (React escapes it: HTML and
 * scripts stay inert text), line breaks are kept (CSS `white-space: pre-line`), and web addresses
 * become links — only http(s) and mailto, opened without giving the other site our address
 * (`noreferrer`), marked as user content (`ugc`). No preview is ever loaded from another site.
 */
export function ContributionText({ text, className }: { text: string; className?: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of linkify.match(text) ?? []) {
    if (!SAFE_URL.test(match.url)) continue;
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(
      <a key={match.index} href={match.url} rel="nofollow noopener noreferrer ugc" target="_blank">
        {match.text}
      </a>,
    );
    last = match.lastIndex;
  }
  if (last < text.length) parts.push(text.slice(last));
  // dir="auto": a text in French shows well in the Arabic interface, and the reverse.
  return (
    <p className={className ?? 'pal-contribution-text'} dir="auto">
      {parts}
    </p>
  );
}
