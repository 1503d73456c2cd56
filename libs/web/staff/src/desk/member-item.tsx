import type { MemberFieldsFragment } from '@palier/web-data-access';
import { Button, Card } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';
import { MemberBadges } from '../shared/member-badges';

export interface MemberItemProps {
  member: MemberFieldsFragment;
  onReissue: (member: MemberFieldsFragment) => void;
  onOpenFile: (member: MemberFieldsFragment) => void;
}

/** A person found at the desk: name, how they log in, role; their file, or a new activation code. */
export function MemberItem({ member, onReissue, onOpenFile }: MemberItemProps) {
  const { t } = useTranslation('staff');
  return (
    <Card as="li" className="staff-item" data-testid="member">
      <h4 className="staff-item__name">
        <bdi>{member.displayName}</bdi>
      </h4>
      <dl className="staff-facts">
        {member.login && (
          <div>
            <dt>{t('members.login')}</dt>
            <dd>
              <bdi dir="ltr">{member.login}</bdi>
            </dd>
          </div>
        )}
        {member.email && (
          <div>
            <dt>{t('members.email')}</dt>
            <dd>
              <bdi dir="ltr">{member.email}</bdi>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('members.role')}</dt>
          <dd>{t(`roles.${member.role}`)}</dd>
        </div>
      </dl>
      <MemberBadges member={member} />
      <div className="staff-actions">
        <Button
          variant="secondary"
          icon="user"
          aria-label={t('desk.file.openNamed', { name: member.displayName })}
          onClick={() => onOpenFile(member)}
        >
          {t('desk.file.open')}
        </Button>
        <Button
          variant="secondary"
          icon="refresh"
          aria-label={t('desk.reissue.buttonNamed', { name: member.displayName })}
          onClick={() => onReissue(member)}
        >
          {t('desk.reissue.button')}
        </Button>
      </div>
    </Card>
  );
}
