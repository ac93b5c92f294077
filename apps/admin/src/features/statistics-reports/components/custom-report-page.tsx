import { GROUP_BYS, type CustomReport, type CustomReportRun, type SavedReport } from '@motcua/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Controller, FormProvider, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { SelectField } from '../../../components/field';
import { ListToolbar } from '../../../components/list-toolbar';
import { PageHeader } from '../../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { describeError, isApiError } from '../../../lib/api-error';
import { PAGE_SIZES } from '../../../lib/url-filters';
import { useDeleteSavedReport } from '../api/delete-saved-report';
import { useSavedReports } from '../api/get-saved-reports';
import { statisticsReportKeys } from '../api/keys';
import { useCustomReport } from '../api/run-custom-report';
import { useCreateSavedReport, useUpdateSavedReport } from '../api/save-report';
import {
  customFieldErrors,
  customResolver,
  DEFAULT_CUSTOM_FORM,
  definitionFromForm,
  formFromDefinition,
  sameDefinition,
  type CustomForm,
} from '../lib/custom-form';
import { ColumnPicker } from './column-picker';
import { ExportControls } from './export-controls';
import { ExportsList } from './exports-list';
import { FilterFields } from './filter-fields';
import { NameDialog } from './name-dialog';
import { SavedReports } from './saved-reports';
import { StatisticsTableView } from './statistics-table';
import '../statistics-reports.css';

const c = texts.statisticsReports.custom;
const f = texts.statisticsReports.filter;

type Dialog =
  | { kind: 'save-new' }
  | { kind: 'rename'; report: SavedReport }
  | { kind: 'delete'; report: SavedReport }
  | null;

function isConflict(error: unknown): boolean {
  return isApiError(error) && (error.code === 'version_conflict' || error.status === 409);
}

/** The results of the last "Xem kết quả", page by page, with the export buttons for exactly that report. */
function Results({
  run,
  name,
  stale,
  onPage,
  onFieldErrors,
}: {
  run: CustomReportRun | null;
  name: string;
  stale: boolean;
  onPage: (change: { page?: number; pageSize?: number }) => void;
  onFieldErrors: (error: unknown) => boolean;
}) {
  const titleId = useId();
  const result = useCustomReport(run);
  const table = result.data;
  const { error } = result;
  const shownError = useRef<unknown>(null);
  // A refused definition names its fields: put the messages on the form once per failure.
  useEffect(() => {
    if (error && error !== shownError.current) {
      shownError.current = error;
      onFieldErrors(error);
    }
  }, [error, onFieldErrors]);

  let body: ReactNode;
  if (run === null) body = <EmptyState title={c.notRun} />;
  else if (result.isPending) body = <LoadingState />;
  else if (result.isError) body = <ErrorState error={result.error} onRetry={() => void result.refetch()} />;
  else
    body = (
      <StatisticsTableView
        table={result.data}
        caption={result.data.title || name}
        busy={result.isPlaceholderData}
        onPageChange={(page) => onPage({ page })}
        onPageSizeChange={(pageSize) => onPage({ page: 1, pageSize })}
      />
    );

  return (
    <section className="card" aria-labelledby={titleId}>
      <ListToolbar
        titleId={titleId}
        title={c.resultsTitle}
        count={table && run ? texts.statisticsReports.table.rows(table.total) : undefined}
        loading={result.isFetching}
      />
      {stale && run !== null && <Alert tone="info">{c.changedSinceRun}</Alert>}
      {run !== null && (
        <ExportControls
          source={{ kind: 'custom', name, definition: run.definition }}
          totalRows={result.isPlaceholderData || result.isError ? undefined : table?.total}
        />
      )}
      {body}
    </section>
  );
}

/**
 * The custom report builder: columns from every criterion in the chosen order, the filters, an optional grouping;
 * the results page by page, saved reports to reopen (`?saved=<id>` in the address), and the same background
 * exports as the standard reports.
 */
export function CustomReportPage() {
  const [params, setParams] = useSearchParams();
  const openedId = params.get('saved');
  const saved = useSavedReports();
  const opened = saved.data?.find((report) => report.id === openedId);
  const queryClient = useQueryClient();
  const toast = useToast();
  const create = useCreateSavedReport();
  const update = useUpdateSavedReport();
  const remove = useDeleteSavedReport();

  const form = useForm<CustomForm, unknown, CustomReport>({
    resolver: customResolver,
    defaultValues: DEFAULT_CUSTOM_FORM,
  });
  const values = useWatch({ control: form.control });
  const current = definitionFromForm({ ...DEFAULT_CUSTOM_FORM, ...values } as CustomForm);

  const [run, setRun] = useState<CustomReportRun | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<{ tone: 'danger' | 'warning'; text: string } | null>(null);
  const loaded = useRef<{ id: string; version: number } | null>(null);

  // Opening a saved report puts its definition into the form; so does its newer version after a conflict.
  useEffect(() => {
    if (!opened) {
      if (!openedId) loaded.current = null;
      return;
    }
    const last = loaded.current;
    if (last?.id === opened.id && last.version === opened.version) return;
    loaded.current = { id: opened.id, version: opened.version };
    form.reset(formFromDefinition(opened.definition));
    // Results stay when they are of what was just saved; another report starts without them.
    setRun((shown) => (shown && sameDefinition(shown.definition, opened.definition) ? shown : null));
  }, [opened, openedId, form]);

  const missing = openedId !== null && saved.isSuccess && !opened;
  const unsaved = opened ? !sameDefinition(opened.definition, current) : false;
  const reportName = opened?.name ?? c.exportName;

  function open(report: SavedReport | null) {
    setNotice(null);
    setParams(report ? { saved: report.id } : {}, { replace: false });
    if (!report) {
      form.reset(DEFAULT_CUSTOM_FORM);
      setRun(null);
    }
  }

  /** Server errors on the form; true when some landed on a field. */
  function applyErrors(error: unknown): boolean {
    if (!isApiError(error)) return false;
    const { fields, rest } = customFieldErrors(error.errors);
    fields.forEach(({ path, message }, index) => {
      if (path === 'name') return;
      form.setError(path as FieldPath<CustomForm>, { type: 'server', message }, { shouldFocus: index === 0 });
    });
    if (rest.length > 0) setNotice({ tone: 'danger', text: rest.join(' ') });
    return fields.length > 0;
  }

  function conflict() {
    setNotice({ tone: 'warning', text: c.conflict });
    void queryClient.invalidateQueries({ queryKey: statisticsReportKeys.saved() });
  }

  const showResults = form.handleSubmit((definition) => {
    setNotice(null);
    setRun({ definition, page: 1, pageSize: run?.pageSize ?? PAGE_SIZES[0] });
  });

  const saveChanges = form.handleSubmit(async (definition) => {
    if (!opened) return;
    setNotice(null);
    try {
      const report = await update.mutateAsync({
        id: opened.id,
        name: opened.name,
        definition,
        version: opened.version,
      });
      toast.notify(c.savedToast(report.name));
    } catch (error) {
      if (isConflict(error)) conflict();
      else if (!applyErrors(error)) setNotice({ tone: 'danger', text: describeError(error).detail ?? '' });
    }
  });

  const askName = form.handleSubmit(() => {
    setNotice(null);
    setDialog({ kind: 'save-new' });
  });

  async function saveNew(name: string) {
    const definition = definitionFromForm(form.getValues());
    const report = await create.mutateAsync({ name, definition });
    setDialog(null);
    toast.notify(c.savedToast(report.name));
    setParams({ saved: report.id });
  }

  async function rename(report: SavedReport, name: string) {
    try {
      const renamed = await update.mutateAsync({
        id: report.id,
        name,
        definition: report.definition,
        version: report.version,
      });
      setDialog(null);
      toast.notify(c.renamedToast(renamed.name));
    } catch (error) {
      if (isConflict(error)) {
        setDialog(null);
        conflict();
      }
      throw error;
    }
  }

  const formTitleId = useId();
  const errors = form.formState.errors;

  return (
    <>
      <PageHeader title={c.title} intro={c.intro} />
      <SavedReports
        openedId={opened?.id ?? null}
        onOpen={open}
        onRename={(report) => setDialog({ kind: 'rename', report })}
        onDelete={(report) => setDialog({ kind: 'delete', report })}
      />
      <FormProvider {...form}>
        <form
          className="card"
          aria-labelledby={formTitleId}
          noValidate
          onSubmit={(event) => void showResults(event)}
        >
          <div className="card-header">
            <h2 id={formTitleId} className="card-title">
              {opened ? c.editing(opened.name) : c.newReport}
            </h2>
            <div className="card-header-actions">
              {unsaved && <Badge tone="warning">{c.unsaved}</Badge>}
              {opened && (
                <Button size="sm" variant="ghost" onClick={() => open(null)}>
                  {c.newReport}
                </Button>
              )}
            </div>
          </div>
          {missing && <Alert tone="warning">{c.notFound}</Alert>}
          <fieldset className="sr-section fieldset">
            <legend className="sr-section-title">{c.columnsLegend}</legend>
            <Controller
              control={form.control}
              name="columns"
              render={({ field }) => (
                <ColumnPicker value={field.value} onChange={field.onChange} error={errors.columns?.message} />
              )}
            />
          </fieldset>
          <fieldset className="sr-section fieldset">
            <legend className="sr-section-title">{f.legend}</legend>
            <FilterFields errors={errors.filter} states custom />
          </fieldset>
          <div className="sr-section">
            <SelectField
              label={c.groupBy}
              hint={c.groupHint}
              className="sr-filter-group"
              {...form.register('groupBy')}
            >
              <option value="">{c.groupNone}</option>
              {GROUP_BYS.map((group) => (
                <option key={group} value={group}>
                  {texts.statisticsReports.groupBys[group]}
                </option>
              ))}
            </SelectField>
          </div>
          {notice && (
            <Alert tone={notice.tone} className="sr-notice">
              {notice.text}
            </Alert>
          )}
          <div className="sr-inline-actions sr-filter-actions">
            <Button type="submit" variant="primary">
              {c.run}
            </Button>
            {opened ? (
              <>
                <Button busy={update.isPending} disabled={!unsaved} onClick={() => void saveChanges()}>
                  {c.saveChanges}
                </Button>
                <Button variant="ghost" onClick={() => void askName()}>
                  {c.saveAs}
                </Button>
              </>
            ) : (
              <Button onClick={() => void askName()}>{c.save}</Button>
            )}
          </div>
        </form>
      </FormProvider>
      <Results
        run={run}
        name={reportName}
        stale={run !== null && !sameDefinition(run.definition, current)}
        onPage={(change) => setRun((last) => (last ? { ...last, ...change } : last))}
        onFieldErrors={applyErrors}
      />
      <ExportsList />
      {dialog?.kind === 'save-new' && (
        <NameDialog
          title={c.saveTitle}
          initialName={opened ? `${opened.name} (2)` : ''}
          onSubmit={saveNew}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'rename' && (
        <NameDialog
          title={c.renameTitle}
          initialName={dialog.report.name}
          onSubmit={(name) => rename(dialog.report, name)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={c.deleteTitle}
          message={c.deleteText(dialog.report.name)}
          confirmLabel={c.delete}
          tone="danger"
          busy={remove.isPending}
          error={remove.isError ? (describeError(remove.error).detail ?? null) : null}
          onCancel={() => {
            remove.reset();
            setDialog(null);
          }}
          onConfirm={() =>
            remove.mutate(dialog.report.id, {
              onSuccess: () => {
                toast.notify(c.deletedToast(dialog.report.name));
                if (dialog.report.id === openedId) setParams({}, { replace: true });
                setDialog(null);
              },
            })
          }
        />
      )}
    </>
  );
}
