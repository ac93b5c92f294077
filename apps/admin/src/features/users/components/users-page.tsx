import { ROLES, USER_STATUSES, hasPermission, type User } from '@motcua/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/button';
import { Checkbox, SelectField, TextField } from '../../../components/field';
import { PlusIcon } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { Pagination } from '../../../components/pagination';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { roleLabel, texts, userStatusLabel } from '../../../config/i18n';
import { useCurrentUser } from '../../../lib/session';
import { usersKey, useUsers } from '../api/get-users';
import type { UserUnitOption } from '../lib/unit-option';
import {
  PAGE_SIZES,
  hasActiveFilters,
  parseUsersFilters,
  usersFiltersToParams,
  type UsersFilters,
} from '../lib/users-filters';
import { UserActionDialog, type PendingAction } from './user-action-dialog';
import { CreateUserDialog, EditUserDialog } from './user-form-dialog';
import { TemporaryPasswordDialog } from './temporary-password-dialog';
import { UsersTable, type UserAction } from './users-table';

const SEARCH_DELAY_MS = 350;

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
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseUsersFilters(searchParams);
  const [search, setSearch] = useState(filters.q);
  const [shownQuery, setShownQuery] = useState(filters.q);
  // Back/forward changes the address under the box: follow it, but not the echo of the officer's own typing.
  if (filters.q !== shownQuery) {
    setShownQuery(filters.q);
    if (filters.q !== search.trim()) setSearch(filters.q);
  }
  const searchTimer = useRef<number | undefined>(undefined);
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

  useEffect(() => () => window.clearTimeout(searchTimer.current), []);

  /** Any filter change starts again from page 1; the page itself changes only through pagination. */
  function update(change: Partial<UsersFilters>) {
    setSearchParams(
      (current) => usersFiltersToParams({ ...parseUsersFilters(current), page: 1, ...change }),
      { replace: !('page' in change) },
    );
  }

  function onSearchChange(value: string) {
    setSearch(value);
    window.clearTimeout(searchTimer.current);
    // The server folds diacritics; waiting for a pause keeps it from searching on every keystroke.
    searchTimer.current = window.setTimeout(() => update({ q: value.trim() }), SEARCH_DELAY_MS);
  }

  function clearFilters() {
    window.clearTimeout(searchTimer.current);
    setSearch('');
    setSearchParams(new URLSearchParams(), { replace: true });
  }

  function onAction(action: UserAction, user: User) {
    setDialog(action === 'edit' ? { kind: 'edit', user } : { kind: 'action', action, user });
  }

  function reload() {
    setDialog(null);
    void queryClient.invalidateQueries({ queryKey: usersKey });
  }

  const filtered = hasActiveFilters(filters);

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

      <form
        role="search"
        aria-label={texts.users.filters}
        className="card filters"
        onSubmit={(event) => {
          event.preventDefault();
          window.clearTimeout(searchTimer.current);
          update({ q: search.trim() });
        }}
      >
        <TextField
          label={texts.users.search}
          type="search"
          placeholder={texts.users.searchPlaceholder}
          value={search}
          onChange={(event) => onSearchChange(event.target.value)}
          className="filters-search"
        />
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
        <SelectField
          label={texts.users.role}
          value={filters.role ?? ''}
          onChange={(event) => update({ role: ROLES.find((r) => r === event.target.value) })}
        >
          <option value="">{texts.users.allRoles}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {roleLabel(role)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={texts.users.status}
          value={filters.status ?? ''}
          onChange={(event) => update({ status: USER_STATUSES.find((s) => s === event.target.value) })}
        >
          <option value="">{texts.users.allStatuses}</option>
          {USER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {userStatusLabel(status)}
            </option>
          ))}
        </SelectField>
      </form>

      <section className="card card-flush" aria-labelledby="users-list-title">
        <div className="card-header">
          <h2 id="users-list-title" className="card-title">
            {texts.users.listTitle}
          </h2>
          <div className="card-header-actions">
            {users.data && (
              <span className="muted" aria-live="polite">
                {texts.users.total(users.data.total)}
                {users.isPlaceholderData && ` · ${texts.app.loading}`}
              </span>
            )}
            {(filtered || search) && (
              <Button size="sm" variant="ghost" onClick={clearFilters}>
                {texts.users.clearFilters}
              </Button>
            )}
          </div>
        </div>
        {users.isPending ? (
          <LoadingState />
        ) : users.isError ? (
          <ErrorState error={users.error} onRetry={() => void users.refetch()} />
        ) : users.data.total === 0 ? (
          <EmptyState title={filtered ? texts.users.emptyFiltered : texts.users.empty}>
            {filtered && (
              <Button variant="ghost" onClick={clearFilters}>
                {texts.users.clearFilters}
              </Button>
            )}
          </EmptyState>
        ) : users.data.items.length === 0 ? (
          // A bookmarked page past the end, or the last row of the last page just went away.
          <EmptyState title={texts.users.pageEmpty}>
            <Button variant="primary" onClick={() => update({ page: 1 })}>
              {texts.users.firstPage}
            </Button>
          </EmptyState>
        ) : (
          <>
            <UsersTable
              users={users.data.items}
              busy={users.isPlaceholderData}
              canManage={canManage}
              currentUserId={me.id}
              onAction={onAction}
            />
            <Pagination
              page={users.data.page}
              pageSize={users.data.pageSize}
              pageSizes={PAGE_SIZES}
              total={users.data.total}
              onPageChange={(page) => update({ page })}
              onPageSizeChange={(pageSize) => update({ pageSize })}
            />
          </>
        )}
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
