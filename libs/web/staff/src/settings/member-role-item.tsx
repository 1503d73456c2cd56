import type { MemberFieldsFragment, Role } from '@palier/web-data-access';
import { Button, Card, Select, VisuallyHidden } from '@palier/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MemberBadges } from '../shared/member-badges';

const ROLES: Role[] = ['resident', 'staff', 'builder', 'admin'];

export interface MemberRoleItemProps {
  member: MemberFieldsFragment;
  onChoose: (member: MemberFieldsFragment, role: Role) => void;
}

/** A member, and for an admitted one the role to give (confirmed in a dialog). */
export function MemberRoleItem({ member, onChoose }: MemberRoleItemProps) {
  const { t } = useTranslation('staff');
  const [role, setRole] = useState<Role>(member.role);
  const selectId = `role-${member.id}`;
  const contact = member.email ?? member.login;
  return (
    <Card as="li" className="staff-item" data-testid="member-role">
      <h4 className="staff-item__name">
        <bdi>{member.displayName}</bdi>
      </h4>
      {contact && (
        <p className="staff-item__meta">
          <bdi dir="ltr">{contact}</bdi>
        </p>
      )}
      <MemberBadges member={member} />
      {member.status === 'active' ? (
        <div className="staff-role">
          <Select
            id={selectId}
            label={
              <>
                {t('members.role')}
                <VisuallyHidden> ({member.displayName})</VisuallyHidden>
              </>
            }
            value={role}
            onChange={(event) => setRole(event.currentTarget.value as Role)}
            options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          />
          <Button
            variant="secondary"
            disabled={role === member.role}
            aria-label={t('members.changeNamed', { name: member.displayName })}
            onClick={() => onChoose(member, role)}
          >
            {t('members.change')}
          </Button>
        </div>
      ) : (
        <p className="staff-item__meta">
          {t('members.roleOf', { role: t(`roles.${member.role}`) })}
        </p>
      )}
    </Card>
  );
}
