import type { MemberFieldsFragment } from '@palier/web-data-access';
import { type MyMembership, LoadError } from '@palier/web-session';
import { Button, Card, LoadingRegion, Skeleton, TextField } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, useFormErrors } from '../shared/form-errors';
import { useMembers } from '../shared/use-members';
import { FileReasonDialog } from './file-reason';
import { MemberItem } from './member-item';
import { ReissueDialog } from './reissue-dialog';

const SEARCH_ID = 'desk-search';

/** (b) "Retrouver une personne": by name, login or email, with a new activation code for each. */
export function FindPerson({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('staff');
  const { t: tc } = useTranslation();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const [reissueFor, setReissueFor] = useState<MemberFieldsFragment | null>(null);
  const [fileOf, setFileOf] = useState<MemberFieldsFragment | null>(null);
  const form = useFormErrors();
  const { members, hasMore, loading, error, loadingMore, loadMore, refetch } = useMembers(
    membership.community.id,
    search,
    search === null,
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const term = typed.trim();
    if (!term) {
      form.show([{ fieldId: SEARCH_ID, message: t('desk.find.required') }]);
      return;
    }
    form.clear();
    setSearch(term);
  };

  let results = null;
  if (search !== null) {
    if (error && !members) {
      results = <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
    } else if (loading || !members) {
      results = (
        <LoadingRegion label={tc('common.loading')}>
          <Skeleton shape="block" />
        </LoadingRegion>
      );
    } else if (members.length === 0) {
      results = (
        <Card as="div" className="staff-empty" data-testid="search-empty">
          <p>{t('desk.find.empty', { search })}</p>
        </Card>
      );
    } else {
      results = (
        <>
          <h3 className="staff-results__title" data-testid="search-count">
            {t('desk.find.results', { search })}
          </h3>
          <ul
            className="staff-list"
            aria-label={t('desk.find.listLabel')}
            data-testid="search-results"
          >
            {members.map((member) => (
              <MemberItem
                key={member.id}
                member={member}
                onReissue={setReissueFor}
                onOpenFile={setFileOf}
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
  }

  return (
    <>
      <form noValidate onSubmit={submit} role="search" aria-label={t('desk.find.title')}>
        <FormErrorSummary form={form} />
        <TextField
          id={SEARCH_ID}
          type="search"
          label={t('desk.find.label')}
          hint={t('desk.find.hint')}
          error={form.errorOf(SEARCH_ID)}
          errorPrefix={tc('common.errorPrefix')}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          autoComplete="off"
          spellCheck={false}
        />
        <Button type="submit" variant="secondary">
          {t('desk.find.submit')}
        </Button>
      </form>
      <div className="staff-results">{results}</div>
      <ReissueDialog
        membership={membership}
        member={reissueFor}
        onClose={() => setReissueFor(null)}
      />
      <FileReasonDialog membership={membership} member={fileOf} onClose={() => setFileOf(null)} />
    </>
  );
}
