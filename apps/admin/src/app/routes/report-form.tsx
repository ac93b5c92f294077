import { useParams } from 'react-router';
import { FormPage } from '../../features/reports/components/form-page';
import { RequirePermission } from '../layout/guards';

/** A chunk of its own: the grid, its entry and review logic come with this screen only. */
export function ReportFormRoute() {
  const { periodId = '', unitId = '', templateId = '' } = useParams();
  return (
    <RequirePermission permission="reports.read">
      {/* Another unit's or form's address is another form: no draft or dialog carries over. */}
      <FormPage key={`${periodId}/${unitId}/${templateId}`} formRef={{ periodId, unitId, templateId }} />
    </RequirePermission>
  );
}
