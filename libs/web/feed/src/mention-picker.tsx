import { useQuery } from '@apollo/client/react';
import { MentionableMembersDocument } from '@palier/web-data-access';
import { Button, TextField } from '@palier/web-ui';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mention } from './mentions';

/**
 * "Mentionner un membre": a button that opens a search field; the members whose name contains
 * the letters typed are offered as buttons (no combobox to learn: Tab and Enter are enough). The
 * number of results is announced politely.
 */
export function MentionPicker({
  communityId,
  onPick,
}: {
  communityId: string;
  onPick: (member: Mention) => void;
}) {
  const { t } = useTranslation('feed');
  const id = useId();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [asked, setAsked] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAsked(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const { data, loading } = useQuery(MentionableMembersDocument, {
    variables: { communityId, search: asked },
    skip: !open || !asked,
  });
  const members = asked ? (data?.mentionableMembers ?? []) : [];
  const status = !asked
    ? ''
    : loading
      ? t('mention.searching')
      : members.length
        ? t('mention.found', { count: members.length })
        : t('mention.none');

  return (
    <div className="feed-mention">
      <Button
        variant="secondary"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
        data-testid="mention-open"
      >
        {t('mention.open')}
      </Button>
      <div id={`${id}-panel`} hidden={!open} className="feed-mention__panel">
        {open && (
          <>
            <TextField
              id={`${id}-search`}
              label={t('mention.search')}
              hint={t('mention.searchHint')}
              value={search}
              autoComplete="off"
              onChange={(e) => setSearch(e.target.value)}
              data-testid="mention-search"
            />
            <p role="status" aria-live="polite" className="feed-mention__status">
              {status}
            </p>
            {members.length > 0 && (
              <ul className="feed-mention__results" aria-label={t('mention.results')}>
                {members.map((m) => (
                  <li key={m.accountId}>
                    <Button
                      variant="secondary"
                      onClick={() => {
                        onPick(m);
                        setSearch('');
                        setOpen(false);
                      }}
                    >
                      {t('mention.pick', { name: m.displayName })}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  );
}
