import { LoadError } from '@palier/web-session';
import type { Role } from '@palier/web-data-access';
import { Button, LoadingRegion, Skeleton, TextField } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMembers } from '../shared/use-members';
import { MemberRoleItem } from './member-role-item';
import type { SectionProps } from './profile-section';
import { RoleDialog, type RoleChoice } from './role-dialog';
import { RoleHistory } from './role-history';

const SEARCH_ID = 'members-search';

/** The members, a page at a time, with a role for each admitted one; then the log of changes. */
export function MembersSection({ community, notify }: SectionProps) {
  const { t } = useTranslation('staff');
  const { t: tc } = useTranslation();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const [choice, setChoice] = useState<RoleChoice | null>(null);
  const { members, hasMore, loading, error, loadingMore, loadMore, refetch } = useMembers(
    community.id,
    search,
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(typed.trim() || null);
  };

  const changed = ({ member, role }: RoleChoice) => {
    setChoice(null);
    notify(t('members.changed', { name: member.displayName, role: t(`roles.${role}`) }));
  };

  let list;
  if (error && !members) {
    list = <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  } else if (loading || !members) {
    list = (
      <LoadingRegion label={tc('common.loading')}>
        <Skeleton shape="block" />
      </LoadingRegion>
    );
  } else if (members.length === 0) {
    list = <p data-testid="members-empty">{t('members.empty')}</p>;
  } else {
    list = (
      <>
        <ul className="staff-list" aria-label={t('members.listLabel')} data-testid="members">
          {members.map((member) => (
            <MemberRoleItem
              key={`${member.id}-${member.role}`}
              member={member}
              onChoose={(m, role: Role) => setChoice({ member: m, role })}
            />
          ))}
        </ul>
        {error && <LoadError error={error} onRetry={() => void loadMore()} />}
        {hasMore && (
          <Button variant="secondary" onClick={() => void loadMore()} disabled={loadingMore}>
            {t('members.loadMore')}
          </Button>
        )}
      </>
    );
  }

  return (
    <>
      <h3>{t('members.listTitle')}</h3>
      <form
        noValidate
        onSubmit={submit}
        role="search"
        aria-label={t('members.searchLabel')}
        className="staff-search"
      >
        <TextField
          id={SEARCH_ID}
          type="search"
          label={t('members.searchLabel')}
          hint={t('members.searchHint')}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          autoComplete="off"
          spellCheck={false}
        />
        <Button type="submit" variant="secondary">
          {t('members.searchSubmit')}
        </Button>
      </form>
      {list}
      <RoleDialog
        communityId={community.id}
        choice={choice}
        onClose={() => setChoice(null)}
        onChanged={changed}
      />
      <h3>{t('members.historyTitle')}</h3>
      <RoleHistory communityId={community.id} timeZone={community.timeZone} />
    </>
  );
}
