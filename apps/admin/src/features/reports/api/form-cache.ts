import type { ReportForm } from '@motcua/shared';
import type { QueryClient } from '@tanstack/react-query';
import { reportKeys, type FormRef } from './keys';

/**
 * After a change to one form: the form as the server returned it, and everything it moves: the other forms of the
 * period (a superior's sums), the progress board and the form's history.
 */
export function formChanged(queryClient: QueryClient, ref: FormRef, form: ReportForm): Promise<unknown> {
  const invalidated = Promise.all([
    queryClient.invalidateQueries({
      queryKey: reportKeys.forms(ref.periodId),
      // The form itself is fresh: it is set just below.
      predicate: (query) => query.queryKey[3] !== ref.unitId || query.queryKey[4] !== ref.templateId,
    }),
    queryClient.invalidateQueries({ queryKey: reportKeys.board(ref.periodId) }),
    queryClient.invalidateQueries({ queryKey: reportKeys.history(ref) }),
  ]);
  queryClient.setQueryData(reportKeys.form(ref), form);
  return invalidated;
}
