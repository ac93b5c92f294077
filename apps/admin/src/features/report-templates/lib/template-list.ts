import type { ReportTemplate } from '@motcua/shared';

/** One form code: its latest version and the ones before it, newest first. */
export type TemplateGroup = { code: string; latest: ReportTemplate; older: ReportTemplate[] };

const collator = new Intl.Collator('vi', { numeric: true });

/** The API lists every version of every form; the list shows one row per code, codes in reading order. */
export function groupTemplates(items: readonly ReportTemplate[]): TemplateGroup[] {
  const byCode = new Map<string, ReportTemplate[]>();
  for (const item of items) byCode.set(item.code, [...(byCode.get(item.code) ?? []), item]);
  const groups: TemplateGroup[] = [];
  for (const [code, versions] of byCode) {
    const [latest, ...older] = [...versions].sort((a, b) => b.versionNo - a.versionNo);
    if (latest) groups.push({ code, latest, older });
  }
  return groups.sort((a, b) => collator.compare(a.code, b.code));
}

/** The number the next version of a code gets: one more than the highest stored, 1 for a new code. */
export function nextVersionNo(items: readonly ReportTemplate[], code: string): number {
  return items.reduce((max, item) => (item.code === code ? Math.max(max, item.versionNo) : max), 0) + 1;
}
