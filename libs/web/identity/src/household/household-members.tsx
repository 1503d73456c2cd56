import { useMutation } from '@apollo/client/react';
import {
  RemoveHouseholdMemberDocument,
  type HouseholdFieldsFragment,
} from '@palier/web-data-access';
import { useLocale } from '@palier/web-i18n';
import { Alert, Button, Dialog, Icon, Link } from '@palier/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FailureAlert } from '../common/failure-alert';
import { ageThisYear } from './age';
import { ChildAccountDeletion } from './child-account-deletion';

type Member = HouseholdFieldsFragment['members'][number];

/** The adults and children of the household; a child can be removed, after a question. */
export function HouseholdMembers({
  members,
  onRemoved,
}: {
  members: readonly Member[];
  onRemoved: (name: string) => void;
}) {
  const { t } = useTranslation('identity');
  const { t: common } = useTranslation();
  const { locale } = useLocale();
  const [removing, setRemoving] = useState<Member | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [remove, { loading }] = useMutation(RemoveHouseholdMemberDocument);
  const [deleting, setDeleting] = useState<Member | null>(null);
  const [accountDeleted, setAccountDeleted] = useState<string | null>(null);
  const adults = members.filter((m) => m.kind === 'adult');
  const children = members.filter((m) => m.kind === 'child');

  const confirm = async () => {
    if (!removing || loading) return;
    try {
      await remove({ variables: { memberId: removing.id } });
      const name = removing.name;
      setRemoving(null);
      onRemoved(name);
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <>
      <h2 id="household-adults">{t('household.adultsTitle')}</h2>
      <ul className="household-members" aria-labelledby="household-adults" data-testid="adults">
        {adults.map((adult) => (
          <li key={adult.id} className="household-member">
            <Icon name="user" />
            <span className="household-member__name">
              <bdi>{adult.name}</bdi>
              {adult.isMe && <span className="identity-tag">{t('household.you')}</span>}
            </span>
          </li>
        ))}
      </ul>
      <h2 id="household-children">{t('household.childrenTitle')}</h2>
      {accountDeleted && (
        <Alert tone="success" title={t('childAccount.deleted', { name: accountDeleted })} />
      )}
      {children.length === 0 ? (
        <p>{t('household.childrenEmpty')}</p>
      ) : (
        <ul
          className="household-members"
          aria-labelledby="household-children"
          data-testid="children"
        >
          {children.map((child) => (
            <li key={child.id} className="household-member">
              <Icon name="user" />
              <span className="household-member__name">
                <bdi>{child.name}</bdi>
                {child.birthYear !== null && (
                  <span className="muted">
                    {t('household.childAge', {
                      year: child.birthYear,
                      age: ageThisYear(child.birthYear, locale),
                    })}
                  </span>
                )}
              </span>
              {child.childAccountId ? (
                <>
                  <span className="household-member__account">
                    {t('childAccount.hasAccount')} <strong dir="ltr">{child.childLogin}</strong>
                  </span>
                  <Button
                    variant="secondary"
                    icon="trash"
                    className="household-member__remove"
                    onClick={() => setDeleting(child)}
                  >
                    {t('childAccount.delete', { name: child.name })}
                  </Button>
                </>
              ) : (
                <>
                  <Link to={`/foyer/enfant/${child.id}/compte`} icon="user-plus">
                    {t('childAccount.open', { name: child.name })}
                  </Link>
                  <Button
                    variant="secondary"
                    icon="trash"
                    className="household-member__remove"
                    onClick={() => {
                      setFailure(null);
                      setRemoving(child);
                    }}
                  >
                    {t('household.removeChild', { name: child.name })}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <Dialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('household.removeTitle', { name: removing?.name ?? '' })}
        closeLabel={common('common.close')}
        actions={
          <Button icon="trash" onClick={() => void confirm()} data-testid="remove-child-confirm">
            {t('household.removeConfirm', { name: removing?.name ?? '' })}
          </Button>
        }
      >
        <FailureAlert error={failure} />
        <p>{t('household.removeText', { name: removing?.name ?? '' })}</p>
      </Dialog>
      <ChildAccountDeletion
        child={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(name) => {
          setDeleting(null);
          setAccountDeleted(name);
        }}
      />
    </>
  );
}
