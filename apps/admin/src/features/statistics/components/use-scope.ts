import { useLocation, useSearchParams } from 'react-router';
import { UuidSchema } from '@motcua/shared';
import { readRange, rangeParams, type DateRange } from '../lib/period';
import type { ScopeValue } from './scope-form';

/**
 * A screen's unit and period as they live in the address (the officer's own unit and the default period are left
 * out), the way to change them, and the address itself for the way back from a drill-down.
 */
export function useScope(fallback: DateRange) {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const unitParam = params.get('unitId');
  const unitId = unitParam && UuidSchema.safeParse(unitParam).success ? unitParam : undefined;
  const scope: ScopeValue = { unitId, ...readRange(params, fallback) };

  function apply(next: ScopeValue, extra: Record<string, string | undefined> = {}) {
    const out = new URLSearchParams();
    if (next.unitId) out.set('unitId', next.unitId);
    for (const [key, value] of Object.entries({ ...rangeParams(next, fallback), ...extra }))
      if (value) out.set(key, value);
    setParams(out, { replace: true });
  }

  return { scope, params, apply, here: `${location.pathname}${location.search}` };
}
