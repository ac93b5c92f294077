import { INDEX_METRICS, type IndexMetric, type StatisticsItemPage } from '@motcua/shared';
import { Link } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { DataTable, type Column } from '../../../components/data-table';
import { ListToolbar } from '../../../components/list-toolbar';
import { PagedListBody } from '../../../components/paged-list';
import { PageHeader } from '../../../components/page-header';
import { EmptyState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { formatDate, isIsoDate, todayInVietnam } from '../../../lib/format';
import { defineUrlFilters } from '../../../lib/url-filters';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { useIndicatorItems } from '../api/get-indicator-items';
import { useUnitIndex } from '../api/get-unit-index';
import { safeBack } from '../../../lib/statistics-filter-url';
import { currentQuarter } from '../lib/period';
import { indexRulesLabel, unitIndexHref } from '../lib/quality-index';
import '../statistics.css';

const t = texts.statistics.items;

type Item = StatisticsItemPage['items'][number];

/** Where an item opens: a dossier or a feedback has its page; a procedure is named only. */
function itemHref(item: Item): string | undefined {
  if (item.kind === 'dossier') return `/dossiers/${encodeURIComponent(item.id)}`;
  if (item.kind === 'feedback') return `/feedback/${encodeURIComponent(item.id)}`;
  return undefined;
}

function itemFilters(today: string) {
  const fallback = currentQuarter(today);
  return defineUrlFilters({
    read: (params) => {
      const from = params.get('from');
      const to = params.get('to');
      return {
        from: from && isIsoDate(from) ? from : fallback.from,
        to: to && isIsoDate(to) ? to : fallback.to,
        back: params.get('back') ?? undefined,
      };
    },
    write: (f) => ({ from: f.from, to: f.to, back: f.back }),
  });
}

const COLUMNS: Column<Item>[] = [
  { key: 'kind', header: t.kind, className: 'st-col-kind', cell: (item) => t.kinds[item.kind] },
  {
    key: 'code',
    header: t.code,
    rowHeader: true,
    className: 'st-col-code',
    cell: (item) => {
      const href = itemHref(item);
      return href ? (
        <Link to={href} className="mono">
          {item.code}
        </Link>
      ) : (
        <span className="mono">{item.code}</span>
      );
    },
  },
  { key: 'title', header: t.name, cell: (item) => item.title },
  { key: 'unit', header: t.unit, cell: (item) => item.unitName ?? texts.statistics.noValue },
  { key: 'reason', header: t.reason, className: 'st-col-reason', cell: (item) => item.reason },
];

/** The dossiers, feedback or procedures that cost a unit points on one indicator, a page at a time. */
export function IndicatorItemsPage({ unitId, indicator }: { unitId: string; indicator: IndexMetric }) {
  const today = todayInVietnam();
  const { filters, update } = useUrlFilters(itemFilters(today));
  const window = { from: filters.from, to: filters.to };
  const query = useIndicatorItems({ unitId, indicator, ...window }, filters);
  const unitIndex = useUnitIndex({ unitId, ...window });
  const unitName = unitIndex.data?.unit.name;
  const label = indexRulesLabel(indicator, window.from);

  return (
    <>
      <BackLink to={safeBack(filters.back, unitIndexHref(unitId, window))}>
        {unitName ? t.back(unitName) : texts.statistics.unitIndex.back}
      </BackLink>
      <PageHeader
        title={t.title(label)}
        intro={`${unitName ? `${unitName} · ` : ''}${texts.statistics.scope.window(formatDate(window.from), formatDate(window.to))}. ${t.intro}`}
      />
      <section className="card card-flush" aria-labelledby="st-items-title">
        <ListToolbar
          titleId="st-items-title"
          title={t.listTitle}
          count={query.data ? t.total(query.data.total) : undefined}
          loading={query.isPlaceholderData}
        />
        <PagedListBody
          query={query}
          empty={<EmptyState title={t.empty} />}
          pageEmpty={t.pageEmpty}
          onPagingChange={update}
        >
          {(items) => (
            <DataTable
              caption={t.caption}
              columns={COLUMNS}
              rows={items}
              rowKey={(item) => `${item.kind}-${item.id}`}
              busy={query.isPlaceholderData}
            />
          )}
        </PagedListBody>
      </section>
    </>
  );
}

/** The indicator of the address, if it is one. */
export function readIndicator(value: string | undefined): IndexMetric | undefined {
  return INDEX_METRICS.find((m) => m === value);
}
