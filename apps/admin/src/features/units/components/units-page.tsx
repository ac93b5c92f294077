import { hasPermission, type Unit } from '@motcua/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/button';
import { Checkbox, TextField } from '../../../components/field';
import { PlusIcon } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { Tree } from '../../../components/tree';
import { texts } from '../../../config/i18n';
import { formatDate, isIsoDate, todayInVietnam } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { branchIds, buildTree, flattenTree } from '../../../lib/tree';
import { unitsKey, useUnits } from '../api/get-units';
import { unitValidity } from '../lib/unit-validity';
import { CreateUnitDialog, EditUnitDialog } from './unit-form-dialog';
import { UnitRow } from './unit-row';

/** Branches open on arrival: the officer's unit and the level below it. */
const DEFAULT_OPEN_LEVELS = 2;

type DialogState = { kind: 'create'; parent: Unit } | { kind: 'edit'; unit: Unit } | null;

export function UnitsPage() {
  const user = useCurrentUser();
  const canManage = hasPermission(user.roles, 'units.manage');
  const queryClient = useQueryClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const atParam = searchParams.get('at') ?? '';
  const at = isIsoDate(atParam) ? atParam : undefined;
  const includeInactive = !at && searchParams.get('inactive') === '1';
  const today = todayInVietnam();
  const viewDate = at ?? today;

  const view = useUnits({ at, includeInactive });
  // Every unit, past and present: names for "merged into" and the choices in the forms.
  const all = useUnits({ includeInactive: true });
  const [overrides, setOverrides] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [dialog, setDialog] = useState<DialogState>(null);

  const tree = useMemo(() => buildTree(view.data ?? []), [view.data]);
  const expanded = useMemo(() => {
    const open = new Set<string>();
    for (const { item, level } of flattenTree(tree)) {
      if (overrides.get(item.id) ?? level < DEFAULT_OPEN_LEVELS) open.add(item.id);
    }
    return open;
  }, [tree, overrides]);
  const names = useMemo(() => new Map((all.data ?? []).map((u) => [u.id, u.name])), [all.data]);
  const formUnits = all.data ?? view.data ?? [];
  const ownUnit = formUnits.find((u) => u.id === user.unit.id);

  function setParam(name: string, value: string | null) {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  }

  function toggle(id: string) {
    setOverrides((current) => new Map(current).set(id, !expanded.has(id)));
  }

  function setAll(open: boolean) {
    setOverrides(new Map(branchIds(tree).map((id) => [id, open])));
  }

  return (
    <>
      <PageHeader
        title={texts.units.title}
        intro={texts.units.intro}
        actions={
          canManage &&
          ownUnit && (
            <Button variant="primary" onClick={() => setDialog({ kind: 'create', parent: ownUnit })}>
              <PlusIcon width={18} height={18} />
              {texts.units.addRoot}
            </Button>
          )
        }
      />

      <section className="card toolbar" aria-label={texts.units.filters}>
        <TextField
          label={texts.units.atDate}
          hint={texts.units.atDateHint}
          type="date"
          value={atParam}
          max="9999-12-31"
          onChange={(event) => setParam('at', event.target.value || null)}
          className="toolbar-date"
        />
        {atParam && (
          <Button onClick={() => setParam('at', null)} className="toolbar-clear">
            {texts.units.today}
          </Button>
        )}
        <Checkbox
          label={texts.units.includeInactive}
          hint={at ? texts.units.includeInactiveDisabled : undefined}
          checked={includeInactive}
          disabled={Boolean(at)}
          onChange={(event) => setParam('inactive', event.target.checked ? '1' : null)}
          className="toolbar-check"
        />
      </section>

      <section className="card" aria-labelledby="units-tree-title">
        <div className="card-header">
          <h2 id="units-tree-title" className="card-title">
            {texts.units.treeTitle(
              at
                ? texts.units.onDate(formatDate(at))
                : includeInactive
                  ? texts.units.withInactive
                  : texts.units.current,
            )}
          </h2>
          {view.data && view.data.length > 0 && (
            <div className="card-header-actions">
              <span className="muted">{texts.units.count(view.data.length)}</span>
              <Button size="sm" variant="ghost" onClick={() => setAll(true)}>
                {texts.units.expandAll}
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setAll(false)}>
                {texts.units.collapseAll}
              </Button>
            </div>
          )}
        </div>
        {view.isPending ? (
          <LoadingState />
        ) : view.isError ? (
          <ErrorState error={view.error} onRetry={() => void view.refetch()} />
        ) : tree.length === 0 ? (
          <EmptyState title={texts.units.empty} />
        ) : (
          <Tree
            label={texts.units.treeLabel}
            nodes={tree}
            expanded={expanded}
            onToggle={toggle}
            toggleLabel={(unit, open) =>
              open ? texts.units.collapse(unit.name) : texts.units.expand(unit.name)
            }
            rowClassName={(unit) =>
              unitValidity(unit, viewDate).state === 'in_force' ? undefined : 'tree-row-inactive'
            }
            renderRow={(unit) => (
              <UnitRow
                unit={unit}
                viewDate={viewDate}
                today={today}
                mergedIntoName={
                  unit.mergedIntoId === null ? undefined : (names.get(unit.mergedIntoId) ?? null)
                }
                canManage={canManage}
                onAddChild={(parent) => setDialog({ kind: 'create', parent })}
                onEdit={(target) => setDialog({ kind: 'edit', unit: target })}
              />
            )}
          />
        )}
      </section>

      {dialog?.kind === 'create' && (
        <CreateUnitDialog
          parent={dialog.parent}
          units={formUnits}
          today={today}
          onClose={() => setDialog(null)}
          onCreated={({ parentId }) => {
            setDialog(null);
            // Open the parent so the new unit is in sight.
            if (parentId) setOverrides((current) => new Map(current).set(parentId, true));
          }}
        />
      )}
      {dialog?.kind === 'edit' && (
        <EditUnitDialog
          unit={dialog.unit}
          units={formUnits}
          today={today}
          onClose={() => setDialog(null)}
          onReload={() => {
            setDialog(null);
            void queryClient.invalidateQueries({ queryKey: unitsKey });
          }}
        />
      )}
    </>
  );
}
