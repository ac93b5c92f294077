/** The page envelope of every paginated list: the items, the total and the page asked for. */
export function pageOf<T>(items: T[], total: number, query: { page: number; pageSize: number }) {
  return { items, total, page: query.page, pageSize: query.pageSize };
}
