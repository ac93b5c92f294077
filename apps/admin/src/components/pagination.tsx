import { texts } from '../config/i18n';
import { Button } from './button';

export function Pagination({
  page,
  pageSize,
  pageSizes,
  total,
  onPageChange,
  onPageSizeChange,
}: {
  page: number;
  pageSize: number;
  pageSizes: readonly number[];
  total: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label={texts.pagination.label}>
      <p className="pagination-range">{texts.pagination.range(from, to, total)}</p>
      <div className="pagination-controls">
        <label className="pagination-size">
          <span>{texts.pagination.pageSize}</span>
          <select
            className="input select input-sm"
            value={pageSize}
            onChange={(event) => onPageSizeChange(Number(event.target.value))}
          >
            {pageSizes.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        {/* One group, so that on a phone the page moves to its own row whole rather than breaking apart. */}
        <div className="pagination-pager">
          <Button size="sm" onClick={() => onPageChange(page - 1)} disabled={page <= 1}>
            {texts.pagination.previous}
          </Button>
          <span className="pagination-page">{texts.pagination.pageOf(page, pages)}</span>
          <Button size="sm" onClick={() => onPageChange(page + 1)} disabled={page >= pages}>
            {texts.pagination.next}
          </Button>
        </div>
      </div>
    </nav>
  );
}
