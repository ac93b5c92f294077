import type { Countryside } from '@motcua/shared';

export type CommuneRow = Countryside['items'][number];

/** The communes shown: all, or only those that fail the criterion; alphabetical either way. */
export function communeRows(countryside: Pick<Countryside, 'items'>, onlyUnmet: boolean): CommuneRow[] {
  const collator = new Intl.Collator('vi');
  return countryside.items
    .filter((item) => !onlyUnmet || !item.met)
    .sort((a, b) => collator.compare(a.unit.name, b.unit.name));
}

export function metCount(countryside: Pick<Countryside, 'items'>): number {
  return countryside.items.filter((item) => item.met).length;
}
