import type { ReportTemplate } from '@motcua/shared';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { DataTable, type Column } from '../../../components/data-table';
import { PlusIcon } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useReportTemplates } from '../api/get-report-templates';
import { editorPath } from '../lib/paths';
import { groupTemplates, type TemplateGroup } from '../lib/template-list';
import { t } from '../lib/texts';
import './report-templates.css';

const l = t.list;

/** The versions before the latest, folded: most people only need the one in use. */
function OlderVersions({ group, canManage }: { group: TemplateGroup; canManage: boolean }) {
  if (group.older.length === 0) return null;
  return (
    <details className="rt-older">
      <summary aria-label={l.olderVersionsOf(group.older.length, group.code)}>
        {l.olderVersions(group.older.length)}
      </summary>
      <ul className="rt-older-list">
        {group.older.map((version: ReportTemplate) => (
          <li key={version.id}>
            <span className="rt-older-text">
              <span className="rt-older-version">{l.versionNo(version.versionNo)}</span>
              {version.name !== group.latest.name && <span>{version.name}</span>}
              <span className="muted">
                {t.rowSources[version.definition.rowSource]} ·{' '}
                {l.columnCount(version.definition.columns.length)}
              </span>
            </span>
            {canManage && (
              <Link
                className="rt-older-link"
                to={editorPath(version.id)}
                aria-label={l.fromVersionOf(group.code, version.versionNo)}
              >
                {l.fromVersion}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * The report forms, one row per code with its latest version; the older versions fold under it. `canManage`:
 * a system administrator at the root, the only one the API lets add versions.
 */
export function ReportTemplatesPage({ canManage }: { canManage: boolean }) {
  useDocumentTitle(l.title);
  const templates = useReportTemplates();

  const columns: Column<TemplateGroup>[] = [
    {
      key: 'code',
      header: l.code,
      sort: 'ascending',
      className: 'rt-list-code',
      cell: (g) => (
        <>
          <span className="mono rt-code">{g.code}</span>
          <Badge tone="primary" className="rt-version-badge">
            {l.versionNo(g.latest.versionNo)}
          </Badge>
        </>
      ),
    },
    {
      key: 'name',
      header: l.name,
      rowHeader: true,
      className: 'rt-list-name',
      cell: (g) => (
        <>
          <span className="cell-primary">{g.latest.name}</span>
          <OlderVersions group={g} canManage={canManage} />
        </>
      ),
    },
    {
      key: 'rows',
      header: l.rowSource,
      className: 'rt-list-rows',
      cell: (g) => t.rowSources[g.latest.definition.rowSource],
    },
    {
      key: 'columns',
      header: l.columns,
      className: 'rt-num',
      cell: (g) => g.latest.definition.columns.length.toLocaleString('vi-VN'),
    },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      header: <span className="sr-only">{l.actions}</span>,
      className: 'col-actions',
      cell: (g) => (
        <Link
          className="btn btn-secondary btn-sm rt-edit-link"
          to={editorPath(g.latest.id)}
          aria-label={l.editOf(g.code)}
        >
          {l.edit}
        </Link>
      ),
    });
  }

  const groups = templates.data ? groupTemplates(templates.data) : [];

  return (
    <>
      <PageHeader
        title={l.title}
        intro={l.intro}
        actions={
          canManage && (
            <Link className="btn btn-primary" to={editorPath()}>
              <PlusIcon width={18} height={18} />
              {l.add}
            </Link>
          )
        }
      />
      {!canManage && (
        <Alert tone="info" className="rt-readonly">
          {l.readOnly}
        </Alert>
      )}
      <section className="card card-flush" aria-labelledby="rt-list-title">
        <div className="card-header">
          <h2 id="rt-list-title" className="card-title">
            {l.listTitle}
          </h2>
          {templates.data && <span className="muted">{l.total(groups.length)}</span>}
        </div>
        {templates.isPending ? (
          <LoadingState />
        ) : templates.isError ? (
          <ErrorState error={templates.error} onRetry={() => void templates.refetch()} />
        ) : groups.length === 0 ? (
          <EmptyState title={l.empty}>
            {canManage && (
              <Link className="btn btn-primary" to={editorPath()}>
                {l.add}
              </Link>
            )}
          </EmptyState>
        ) : (
          <DataTable caption={l.tableCaption} columns={columns} rows={groups} rowKey={(g) => g.code} />
        )}
      </section>
    </>
  );
}
