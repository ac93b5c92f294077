import { TIME_UNIT_LABELS, type Component, type Method } from '@motcua/shared';
import { texts } from '../../config/texts';
import { formatVnd } from '../../lib/format';

/** "5 ngày làm việc", "1 ngày"; a limit of zero means the result is given the same day. */
export function formatTimeLimit(limit: Method['timeLimit']): string {
  if (limit.amount === 0) return texts.catalogue.sameDay;
  return `${limit.amount} ${TIME_UNIT_LABELS[limit.unit]}`;
}

/**
 * The fee as the citizen should read it. The official wording wins when there is one: it carries the conditions
 * and the currency ("10 USD/bản" is stored as 10, which is not 10 đồng); otherwise the amount, or "free".
 */
export function formatFee(method: Pick<Method, 'feeVnd' | 'feeText'>): string {
  if (method.feeText) return method.feeText;
  if (method.feeVnd === null) return texts.catalogue.feeByRegulation;
  return method.feeVnd === 0 ? texts.catalogue.feeFree : formatVnd(method.feeVnd);
}

/** The method whose time limit the catalogue list shows: the online one when there is one, as this is the portal. */
export function headlineMethod(methods: readonly Method[]): Method | undefined {
  return methods.find((m) => m.channel === 'online') ?? methods[0];
}

export type ComponentGroup<C> = { name: string | null; components: C[] };

/**
 * Components under their headings ("Giấy tờ phải nộp", "Giấy tờ phải xuất trình"…), the groups in the order they
 * first appear and the components in their own order within each group.
 */
export function groupComponents<C extends Pick<Component, 'group'>>(
  components: readonly C[],
): ComponentGroup<C>[] {
  const groups: ComponentGroup<C>[] = [];
  for (const component of components) {
    const name = component.group?.trim() || null;
    const group = groups.find((g) => g.name === name);
    if (group) group.components.push(component);
    else groups.push({ name, components: [component] });
  }
  return groups;
}

/** "Bản chính: 1 · Bản sao: 2", leaving out a count of zero. */
export function formatCopies(component: Pick<Component, 'originals' | 'copies'>): string {
  const parts = [
    component.originals > 0 ? texts.catalogue.originals(component.originals) : null,
    component.copies > 0 ? texts.catalogue.copies(component.copies) : null,
  ].filter((part): part is string => part !== null);
  return parts.join(' · ');
}
