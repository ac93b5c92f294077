import type { CellError, ReportForm, ReportValues } from '@motcua/shared';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useBlocker } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { describeError, isApiError } from '../../../lib/api-error';
import { useActOnReport } from '../api/act-on-report';
import type { FormRef } from '../api/keys';
import { useSaveReportForm } from '../api/save-report-form';
import {
  differences as findDifferences,
  draftErrors,
  draftFrom,
  draftValues,
  errorsByCell,
  isDirty,
  serverCellErrors,
  setCell,
  takeSystem,
  typedDifferences,
  type Difference,
  type Draft,
} from '../lib/entry';
import { gridSections, liveTotals } from '../lib/grid';
import { DifferencesSummary, ErrorSummary } from './form-summaries';
import { ReportGrid, type CellMap } from './report-grid';

function byCell<T extends { row: string; column: string }>(items: readonly T[]): CellMap<T> {
  const map: CellMap<T> = new Map();
  for (const item of items) {
    const row = map.get(item.row) ?? new Map<string, T>();
    row.set(item.column, item);
    map.set(item.row, row);
  }
  return map;
}

type Problem = { message: string; reload: boolean };

/**
 * The entry account's grid: inputs for the typed columns, the sums recomputed as it types, the system's figure
 * under each pre-filled cell and the differences named; the form's rules checked live. "Lưu" saves; "Gửi lãnh đạo"
 * saves what is unsaved, then sends; the server's own check (400) lands on the same cells.
 */
export function EntryPanel({
  form,
  formRef,
  onReload,
  children,
}: {
  form: ReportForm;
  formRef: FormRef;
  onReload: () => Promise<{ data?: ReportForm }>;
  /** Shown between the toolbar and the grid (the return reason). */
  children?: ReactNode;
}) {
  const e = texts.reports.entry;
  const definition = form.template.definition;
  const toast = useToast();
  const save = useSaveReportForm();
  const act = useActOnReport();
  const [draft, setDraft] = useState<Draft>(() => draftFrom(definition, form.values));
  const [base, setBase] = useState<{ version: number; values: ReportValues }>({
    version: form.version,
    values: form.values,
  });
  const [serverErrors, setServerErrors] = useState<CellError[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [asking, setAsking] = useState<'send' | 'system' | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const busy = save.isPending || act.isPending;

  // A newer copy arrived (a save here, or another tab's): follow it unless there is unsaved typing to keep.
  if (form.version !== base.version) {
    if (!isDirty(definition, draft, base.values)) setDraft(draftFrom(definition, form.values));
    setBase({ version: form.version, values: form.values });
  }

  const dirty = isDirty(definition, draft, base.values);
  const values = useMemo(() => draftValues(definition, draft), [definition, draft]);
  const sections = gridSections(form, { allRows: true });
  const rowKeys = sections.own.map((r) => r.key);
  const totals = useMemo(
    () => liveTotals(definition, values, form.children),
    [definition, values, form.children],
  );
  const liveSections = gridSections({ ...form, totals }, { allRows: true });
  const clientErrors = useMemo(() => draftErrors(definition, draft), [definition, draft]);
  // The server checks what was saved; a cell the live check already flags is named once.
  const errors = [
    ...clientErrors,
    ...serverErrors.filter((x) => !clientErrors.some((c) => c.row === x.row && c.column === x.column)),
  ];
  const diffs = findDifferences(definition, values, form.system, rowKeys);
  const typedDiffs = typedDifferences(definition, diffs);
  const hasMetrics = definition.columns.some((c) => c.metric);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    function onBeforeUnload(event: BeforeUnloadEvent) {
      event.preventDefault();
    }
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  function onCell(row: string, column: string, text: string) {
    setDraft((current) => setCell(current, row, column, text));
    if (serverErrors.length > 0) setServerErrors((current) => current.filter((x) => x.row !== row));
  }

  function fail(error: unknown) {
    if (isApiError(error) && error.status === 409) {
      setProblem({ message: e.locked, reload: true });
      return;
    }
    if (isApiError(error) && error.status === 400) {
      const cells = serverCellErrors(error.errors);
      if (cells.length > 0) {
        setServerErrors(cells);
        setProblem({ message: error.detail ?? e.sendBlocked, reload: false });
        window.setTimeout(() => summaryRef.current?.focus(), 0);
        return;
      }
    }
    const { title, detail } = describeError(error);
    setProblem({ message: detail ?? title, reload: false });
  }

  async function saveNow(): Promise<ReportForm> {
    return save.mutateAsync({ ref: formRef, values, version: form.version });
  }

  function onSave() {
    setProblem(null);
    saveNow().then(() => toast.notify(e.saved), fail);
  }

  function askToSend() {
    setProblem(null);
    if (clientErrors.length > 0) {
      summaryRef.current?.focus();
      return;
    }
    setAsking('send');
  }

  async function send() {
    try {
      const saved = dirty ? await saveNow() : form;
      await act.mutateAsync({ ref: formRef, input: { action: 'send_to_leader', version: saved.version } });
      setAsking(null);
      toast.notify(e.sent);
    } catch (error) {
      setAsking(null);
      fail(error);
    }
  }

  function applySystem() {
    setDraft((current) => takeSystem(definition, current, form.system, rowKeys));
    setServerErrors([]);
    setAsking(null);
    toast.notify(Object.keys(form.system).length > 0 ? e.tookSystem : e.noSystem, 'info');
  }

  function askToTakeSystem() {
    const overwritten = typedDiffs.filter((d) => d.entered !== 0);
    if (overwritten.length > 0) setAsking('system');
    else applySystem();
  }

  async function reload() {
    const result = await onReload();
    if (result.data) {
      setDraft(draftFrom(definition, result.data.values));
      setBase({ version: result.data.version, values: result.data.values });
    }
    setServerErrors([]);
    setProblem(null);
  }

  return (
    <>
      <section className="card rp-grid-card" aria-labelledby="rp-grid-title">
        <div className="card-header rp-grid-header">
          <div>
            <h2 id="rp-grid-title" className="card-title">
              {texts.reports.form.gridTitle}
            </h2>
            <p className="rp-save-state" aria-live="polite">
              {dirty ? (
                <span className="rp-unsaved">{e.unsaved}</span>
              ) : (
                <span className="muted">{e.allSaved}</span>
              )}
            </p>
          </div>
          <div className="rp-action-buttons">
            {hasMetrics && (
              <Button onClick={askToTakeSystem} disabled={busy} title={e.takeSystemHint}>
                {e.takeSystem}
              </Button>
            )}
            <Button onClick={onSave} busy={save.isPending && !act.isPending} disabled={busy || !dirty}>
              {save.isPending ? e.saving : e.save}
            </Button>
            {form.actions.includes('send_to_leader') && (
              <Button variant="primary" onClick={askToSend} disabled={busy}>
                {e.send}
              </Button>
            )}
          </div>
        </div>
        {problem && (
          <Alert tone={problem.reload ? 'warning' : 'danger'} className="rp-problem">
            {problem.message}
            {problem.reload && (
              <div className="alert-actions">
                <Button size="sm" onClick={() => void reload()}>
                  {texts.reports.form.reload}
                </Button>
              </div>
            )}
          </Alert>
        )}
        {children}
        <ErrorSummary form={form} rows={sections.own} errors={errors} summaryRef={summaryRef} />
        {hasMetrics && <DifferencesSummary form={form} rows={sections.own} differences={typedDiffs} />}
        <p className="rp-legend">
          {hasMetrics && <span>{texts.reports.grid.legendSystem}</span>}
          {definition.columns.some((c) => c.sumOf) && <span>{texts.reports.grid.legendComputed}</span>}
          <span>{texts.reports.grid.legendKeys}</span>
        </p>
        <ReportGrid
          form={form}
          sections={liveSections}
          own={values}
          totals={totals}
          entry={{ draft, onCell }}
          errors={errorsByCell(errors)}
          differences={byCell<Difference>(diffs)}
        />
      </section>

      {asking === 'send' && (
        <ConfirmDialog
          title={e.sendTitle}
          message={
            <>
              {e.sendText}
              {dirty && <span className="rp-dialog-note">{e.sendSavesFirst}</span>}
              {typedDiffs.length > 0 && (
                <span className="rp-dialog-note rp-dialog-warning">
                  {e.sendDifferences(typedDiffs.length)}
                </span>
              )}
            </>
          }
          confirmLabel={e.send}
          busy={busy}
          onConfirm={() => void send()}
          onCancel={() => setAsking(null)}
        />
      )}
      {asking === 'system' && (
        <ConfirmDialog
          title={e.takeSystemTitle}
          message={e.takeSystemText(typedDiffs.filter((d) => d.entered !== 0).length)}
          confirmLabel={e.takeSystemConfirm}
          onConfirm={applySystem}
          onCancel={() => setAsking(null)}
        />
      )}
      {blocker.state === 'blocked' && (
        <ConfirmDialog
          title={texts.reports.form.unsavedTitle}
          message={texts.reports.form.unsavedText}
          confirmLabel={texts.reports.form.unsavedLeave}
          tone="danger"
          onConfirm={() => blocker.proceed()}
          onCancel={() => blocker.reset()}
        />
      )}
    </>
  );
}
