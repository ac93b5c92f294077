import type { User } from '@motcua/shared';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { DataTable, type Column } from '../../../components/data-table';
import { ChevronIcon } from '../../../components/icons';
import { MenuButton } from '../../../components/menu-button';
import { roleLabel, texts, userStatusLabel } from '../../../config/i18n';
import { formatDateTime } from '../../../lib/format';

export type UserAction = 'edit' | 'lock' | 'unlock' | 'reset';

function lastLogin(user: User): string {
  return user.lastLoginAt ? texts.users.lastLoginAt(formatDateTime(user.lastLoginAt)) : texts.users.never;
}

export function UsersTable({
  users,
  busy,
  canManage,
  currentUserId,
  onAction,
}: {
  users: User[];
  busy: boolean;
  canManage: boolean;
  currentUserId: string;
  onAction: (action: UserAction, user: User) => void;
}) {
  const columns: Column<User>[] = [
    {
      key: 'fullName',
      header: texts.users.fullName,
      sort: 'ascending',
      rowHeader: true,
      className: 'col-name',
      cell: (user) => (
        <>
          <span className="cell-primary">{user.fullName}</span>
          <span className="cell-secondary mono">{user.username}</span>
        </>
      ),
    },
    { key: 'unit', header: texts.users.unit, className: 'col-unit', cell: (user) => user.unit.name },
    {
      key: 'roles',
      header: texts.users.roles,
      className: 'col-roles',
      cell: (user) => (
        <span className="badge-list">
          {user.roles.map((role) => (
            <Badge key={role}>{roleLabel(role)}</Badge>
          ))}
        </span>
      ),
    },
    {
      key: 'status',
      header: texts.users.status,
      cell: (user) => (
        <>
          <span className="badge-list">
            <Badge tone={user.status === 'active' ? 'success' : 'danger'}>
              {userStatusLabel(user.status)}
            </Badge>
            {user.mustChangePassword && <Badge tone="warning">{texts.users.mustChangePassword}</Badge>}
          </span>
          {/* On narrow screens the last-login column folds into this cell. */}
          <span className="cell-secondary narrow-only">{lastLogin(user)}</span>
        </>
      ),
    },
    {
      key: 'lastLogin',
      header: texts.users.lastLogin,
      className: 'col-date wide-only',
      cell: (user) =>
        user.lastLoginAt ? (
          formatDateTime(user.lastLoginAt)
        ) : (
          <span className="muted">{texts.users.never}</span>
        ),
    },
  ];

  if (canManage) {
    columns.push({
      key: 'actions',
      header: texts.users.actions,
      className: 'col-actions',
      cell: (user) => {
        // The API refuses to lock or reset one's own account; the profile page changes one's password.
        const self = user.id === currentUserId;
        return (
          <span className="row-actions">
            <Button
              size="sm"
              onClick={() => onAction('edit', user)}
              aria-label={texts.users.editOf(user.username)}
            >
              {texts.common.edit}
            </Button>
            <MenuButton
              label={texts.users.moreActionsOf(user.username)}
              items={[
                user.status === 'active'
                  ? {
                      key: 'lock',
                      label: texts.users.lock,
                      tone: 'danger',
                      disabled: self,
                      onSelect: () => onAction('lock', user),
                    }
                  : { key: 'unlock', label: texts.users.unlock, onSelect: () => onAction('unlock', user) },
                {
                  key: 'reset',
                  label: texts.users.resetPassword,
                  tone: 'danger',
                  disabled: self,
                  onSelect: () => onAction('reset', user),
                },
              ]}
            >
              {texts.users.moreActions}
              <ChevronIcon width={14} height={14} className="menu-chevron" />
            </MenuButton>
          </span>
        );
      },
    });
  }

  return (
    <DataTable
      caption={texts.users.tableCaption}
      columns={columns}
      rows={users}
      rowKey={(user) => user.id}
      rowClassName={(user) => (user.status === 'locked' ? 'row-muted' : undefined)}
      busy={busy}
    />
  );
}
