import { useId, useRef, useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DataTable, type Column } from '../../../components/data-table';
import { Dialog, DialogBody, DialogFooter } from '../../../components/dialog';
import { Checkbox, TextField } from '../../../components/field';
import { texts } from '../../../config/i18n';
import { describeError } from '../../../lib/api-error';
import { formatDate } from '../../../lib/format';
import { useImportProcedures, type ImportResult } from '../api/import-procedures';
import {
  describeImportField,
  importBodyFromJson,
  importKindOf,
  rowErrorsOf,
  type ImportRowError,
} from '../lib/import-file';

const t = texts.catalogue.import;

type Outcome =
  | { kind: 'done'; result: ImportResult }
  | { kind: 'rows'; rows: ImportRowError[] }
  | { kind: 'error'; title: string; detail: string | undefined }
  | null;

/** Upload of a workbook or a JSON file; all or nothing, so a refusal lists every bad row. */
export function ImportDialog({ today, onClose }: { today: string; onClose: () => void }) {
  const mutation = useImportProcedures();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [publish, setPublish] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const outcomeId = useId();

  async function submit() {
    setOutcome(null);
    if (!file) {
      setFileError(t.fileRequired);
      fileInput.current?.focus();
      return;
    }
    const kind = importKindOf(file);
    if (!kind) {
      setFileError(t.fileKind);
      fileInput.current?.focus();
      return;
    }
    let body: Parameters<typeof mutation.mutate>[0]['body'];
    if (kind === 'json') {
      const parsed = importBodyFromJson(await file.text());
      if (!parsed) {
        setFileError(t.fileNotJson);
        fileInput.current?.focus();
        return;
      }
      body = { kind: 'json', procedures: parsed.procedures };
    } else {
      body = { kind: 'xlsx', file };
    }
    mutation.mutate(
      { body, publish },
      {
        onSuccess: (result) => setOutcome({ kind: 'done', result }),
        onError: (error) => {
          const rows = rowErrorsOf(error);
          if (rows) setOutcome({ kind: 'rows', rows });
          else setOutcome({ kind: 'error', ...describeError(error) });
        },
      },
    );
  }

  function reset() {
    setOutcome(null);
    setFile(null);
    if (fileInput.current) {
      fileInput.current.value = '';
      fileInput.current.focus();
    }
  }

  const done = outcome?.kind === 'done';

  return (
    <Dialog title={t.title} onClose={onClose} busy={mutation.isPending} size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <DialogBody>
          <div className="form">
            <p>{t.intro}</p>
            <Alert tone="info">{t.allOrNothing}</Alert>
            <TextField
              ref={fileInput}
              label={t.file}
              hint={t.fileHint}
              type="file"
              accept=".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              required
              error={fileError}
              disabled={done}
              className="cat-file-field"
              aria-controls={outcomeId}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setFileError(undefined);
                setOutcome(null);
              }}
            />
            <Checkbox
              label={t.publish(formatDate(today))}
              hint={t.publishHint}
              checked={publish}
              disabled={done}
              onChange={(event) => setPublish(event.target.checked)}
            />
            <div id={outcomeId}>
              <ImportOutcome outcome={outcome} />
            </div>
          </div>
        </DialogBody>
        <DialogFooter>
          {done ? (
            <>
              <Button onClick={reset}>{t.another}</Button>
              <Button variant="primary" onClick={onClose} data-autofocus>
                {texts.common.close}
              </Button>
            </>
          ) : (
            <>
              <Button onClick={onClose} disabled={mutation.isPending}>
                {texts.common.close}
              </Button>
              <Button type="submit" variant="primary" busy={mutation.isPending}>
                {mutation.isPending ? t.submitting : t.submit}
              </Button>
            </>
          )}
        </DialogFooter>
      </form>
    </Dialog>
  );
}

function ImportOutcome({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  if (outcome.kind === 'done') {
    const { created, updated, published } = outcome.result;
    return (
      <Alert tone="success" title={t.done}>
        {t.result(created, updated, published)}
      </Alert>
    );
  }
  if (outcome.kind === 'error') {
    return (
      <Alert tone="danger" title={outcome.title}>
        {outcome.detail}
      </Alert>
    );
  }
  return <RowErrors rows={outcome.rows} />;
}

function rowLabel(row: ImportRowError): string {
  if (row.row === 0) return t.wholeFile;
  if (row.row === 1 && row.sheet !== null) return `${row.row} (${t.headerRow})`;
  return String(row.row);
}

function RowErrors({ rows }: { rows: ImportRowError[] }) {
  const columns: Column<ImportRowError & { key: string }>[] = [
    { key: 'sheet', header: t.sheet, cell: (r) => r.sheet ?? t.jsonList },
    { key: 'row', header: t.row, className: 'cat-col-number', cell: (r) => rowLabel(r) },
    {
      key: 'field',
      header: t.field,
      cell: (r) => (
        <>
          <span className="cell-primary">{describeImportField(r.field, t.fieldLabels)}</span>
          <span className="cell-secondary mono">{r.field}</span>
        </>
      ),
    },
    { key: 'message', header: t.message, cell: (r) => r.message },
  ];
  return (
    <div className="cat-import-errors">
      <Alert tone="danger" title={t.rowErrorsTitle(rows.length)}>
        {t.rowErrorsText}
      </Alert>
      <DataTable
        caption={t.rowErrorsCaption}
        columns={columns}
        rows={rows.map((r, index) => ({ ...r, key: String(index) }))}
        rowKey={(r) => r.key}
      />
    </div>
  );
}
