import type { MemberFieldsFragment } from '@palier/web-data-access';
import { Icon } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';

/** "Demande en attente", "En attente d'activation": in words, with a pictogram, never colour alone. */
export function MemberBadges({
  member,
}: {
  member: Pick<MemberFieldsFragment, 'status' | 'awaitingActivation'>;
}) {
  const { t } = useTranslation('staff');
  if (member.status === 'active' && !member.awaitingActivation) return null;
  return (
    <p className="staff-badges">
      {member.status !== 'active' && (
        <span className="staff-badge" data-testid="member-status">
          <Icon name="info" />
          <span>{t(`statuses.${member.status}`)}</span>
        </span>
      )}
      {member.awaitingActivation && (
        <span className="staff-badge staff-badge--waiting" data-testid="awaiting-activation">
          <Icon name="clock" />
          <span>{t('members.awaitingActivation')}</span>
        </span>
      )}
    </p>
  );
}
