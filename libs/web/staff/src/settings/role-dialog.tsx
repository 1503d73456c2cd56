import { useMutation } from '@apollo/client/react';
import {
  ChangeRoleDocument,
  RoleChangesDocument,
  type MemberFieldsFragment,
  type Role,
} from '@palier/web-data-access';
import { Button, Dialog } from '@palier/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../shared/form-failure';

export interface RoleChoice {
  member: MemberFieldsFragment;
  role: Role;
}

export interface RoleDialogProps {
  communityId: string;
  choice: RoleChoice | null;
  onClose: () => void;
  onChanged: (choice: RoleChoice) => void;
}

/** The confirm step before a role changes: who, from what, to what, and what the role may do. */
export function RoleDialog({ communityId, choice, onClose, onChanged }: RoleDialogProps) {
  const { t } = useTranslation('staff');
  const { t: tc } = useTranslation();
  const [failure, setFailure] = useState<unknown>(null);
  const [changeRole, { loading }] = useMutation(ChangeRoleDocument, {
    refetchQueries: [{ query: RoleChangesDocument, variables: { communityId } }],
  });
  const name = choice?.member.displayName ?? '';
  const role = choice ? t(`roles.${choice.role}`) : '';

  const close = () => {
    setFailure(null);
    onClose();
  };

  const confirm = async () => {
    if (!choice || loading) return;
    setFailure(null);
    try {
      await changeRole({
        variables: { communityId, membershipId: choice.member.id, role: choice.role },
      });
      onChanged(choice);
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Dialog
      open={choice !== null}
      onClose={close}
      title={t('members.confirmTitle', { name, role })}
      closeLabel={tc('common.close')}
      actions={
        <>
          <Button onClick={() => void confirm()} disabled={loading}>
            {t('members.confirm', { role })}
          </Button>
          <Button variant="secondary" onClick={close}>
            {t('form.cancel')}
          </Button>
        </>
      }
    >
      <FormFailure error={failure} />
      {choice && (
        <>
          <p>
            {t('members.confirmFrom', { name, from: t(`roles.${choice.member.role}`), to: role })}
          </p>
          <p>{t(`roleDescriptions.${choice.role}`)}</p>
          <p className="staff-muted">{t('members.confirmLogged')}</p>
        </>
      )}
    </Dialog>
  );
}
