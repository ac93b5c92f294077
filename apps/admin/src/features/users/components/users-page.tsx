import { ROLES, USER_STATUSES, hasPermission, type User } from '@motcua/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../../components/button';
import { Checkbox, SelectField } from '../../../components/field';
import { PlusIcon } from '../../../components/icons';
import { FilterSelect, ListFilters } from '../../../components/list-filters';
import { ListToolbar } from '../../../components/list-toolbar';
import { PageHeader } from '../../../components/page-header';
import { PagedListBody } from '../../../components/paged-list';
import { EmptyState } from '../../../components/states';
import { roleLabel, texts, userStatusLabel } from '../../../config/i18n';
import { useCurrentUser } from '../../../lib/session';
import { useSearchBox, useUrlFilters } from '../../../lib/use-url-filters';
import { usersKey, useUsers } from '../api/get-users';
import type { UserUnitOption } from '../lib/unit-option';
import { usersFilters } from '../lib/users-filters';
import { UserActionDialog, type PendingAction } from './user-action-dialog';
import { CreateUserDialog, EditUserDialog } from './user-form-dialog';
import { TemporaryPasswordDialog } from './temporary-password-dialog';
import { UsersTable, type UserAction } from './users-table';

type DialogState =
  | { kind: 'create' }
  | { kind: 'edit'; user: User }
  | { kind: 'action'; action: PendingAction; user: User }
  | { kind: 'password'; username: string; password: string }
  | null;

export function UsersPage({ units, unitsError }: { units: UserUnitOption[]; unitsError: boolean }) {
  const me = useCurrentUser();
  const canManage = hasPermission(me.roles, 'users.manage');
  const queryClient = useQueryClient();
  const { filters, filtered, update, clear } = useUrlFilters(usersFilters);
  const search = useSearchBox(filters.q, (q) => update({ q }));
  const [dialog, setDialog] = useState<DialogState>(null);

  const users = useUsers({
    q: filters.q || undefined,
    unitId: filters.unitId,
    includeSubunits: filters.includeSubunits,
    role: filters.role,
    status: filters.status,
    page: filters.page,
    pageSize: filters.pageSize,
  });

  function clearFilters() {
    search.reset();
    clear();
  }

  function onAction(action: UserAction, user: User) {
    setDialog(action === 'edit' ? { kind: 'edit', user } : { kind: 'action', action, user });
  }

  function reload() {
    setDialog(null);
    void queryClient.invalidateQueries({ queryKey: usersKey });
  }

  return (
    <>
      <PageHeader
        title={texts.users.title}
        intro={texts.users.intro}
        actions={
          canManage && (
            <Button variant="primary" onClick={() => setDialog({ kind: 'create' })}>
              <PlusIcon width={18} height={18} />
              {texts.users.add}
            </Button>
          )
        }
      />

      <ListFilters
        label={texts.users.filters}
        search={search}
        searchLabel={texts.users.search}
        searchPlaceholder={texts.users.searchPlaceholder}
      >
        <div className="filters-unit">
          <SelectField
            label={texts.users.unit}
            value={filters.unitId ?? ''}
            onChange={(event) => update({ unitId: event.target.value || undefined })}
            error={unitsError ? texts.users.unitsUnavailable : undefined}
          >
            <option value="">{texts.users.allUnits}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.label}
              </option>
            ))}
          </SelectField>
          <Checkbox
            label={texts.users.includeSubunits}
            checked={filters.includeSubunits}
            disabled={!filters.unitId}
            onChange={(event) => update({ includeSubunits: event.target.checked })}
          />
        </div>
        <FilterSelect
          label={texts.users.role}
          allLabel={texts.users.allRoles}
          options={ROLES}
          optionLabel={roleLabel}
          value={filters.role}
          onChange={(role) => update({ role })}
        />
        <FilterSelect
          label={texts.users.status}
          allLabel={texts.users.allStatuses}
          options={USER_STATUSES}
          optionLabel={userStatusLabel}
          value={filters.status}
          onChange={(status) => update({ status })}
        />
      </ListFilters>

      <section className="card card-flush" aria-labelledby="users-list-title">
        <ListToolbar
          titleId="users-list-title"
          title={texts.users.listTitle}
          count={users.data && texts.users.total(users.data.total)}
          loading={users.isPlaceholderData}
        >
          {(filtered || search.value) && (
            <Button size="sm" variant="ghost" onClick={clearFilters}>
              {texts.users.clearFilters}
            </Button>
          )}
        </ListToolbar>
        <PagedListBody
          query={users}
          pageEmpty={texts.users.pageEmpty}
          onPagingChange={update}
          empty={
            <EmptyState title={filtered ? texts.users.emptyFiltered : texts.users.empty}>
              {filtered && (
                <Button variant="ghost" onClick={clearFilters}>
                  {texts.users.clearFilters}
                </Button>
              )}
            </EmptyState>
          }
        >
          {(items) => (
            <UsersTable
              users={items}
              busy={users.isPlaceholderData}
              canManage={canManage}
              currentUserId={me.id}
              onAction={onAction}
            />
          )}
        </PagedListBody>
      </section>

      {dialog?.kind === 'create' && (
        <CreateUserDialog
          units={units}
          defaultUnitId={filters.unitId}
          onClose={() => setDialog(null)}
          onCreated={({ user, temporaryPassword }) =>
            setDialog(
              temporaryPassword
                ? { kind: 'password', username: user.username, password: temporaryPassword }
                : null,
            )
          }
        />
      )}
      {dialog?.kind === 'edit' && (
        <EditUserDialog user={dialog.user} units={units} onClose={() => setDialog(null)} onReload={reload} />
      )}
      {dialog?.kind === 'action' && (
        <UserActionDialog
          action={dialog.action}
          user={dialog.user}
          onClose={() => setDialog(null)}
          onPassword={(username, password) => setDialog({ kind: 'password', username, password })}
        />
      )}
      {dialog?.kind === 'password' && (
        <TemporaryPasswordDialog
          username={dialog.username}
          password={dialog.password}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
