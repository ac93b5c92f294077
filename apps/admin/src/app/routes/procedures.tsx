import { useParams } from 'react-router';
import { texts } from '../../config/i18n';
import {
  ProcedureCreatePage,
  ProcedureDraftPage,
} from '../../features/catalogue/components/procedure-editor';
import { ProcedurePage } from '../../features/catalogue/components/procedure-page';
import { ProceduresPage } from '../../features/catalogue/components/procedures-page';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequirePermission } from '../layout/guards';
import { NotFoundPage } from './not-found';

export function ProceduresRoute() {
  useDocumentTitle(texts.catalogue.list.title);
  return (
    <RequirePermission permission="procedures.manage">
      <ProceduresPage />
    </RequirePermission>
  );
}

export function ProcedureCreateRoute() {
  return (
    <RequirePermission permission="procedures.manage">
      <ProcedureCreatePage />
    </RequirePermission>
  );
}

export function ProcedureRoute() {
  const { code } = useParams();
  return (
    <RequirePermission permission="procedures.manage">
      {code ? <ProcedurePage key={code} code={code} /> : <NotFoundPage />}
    </RequirePermission>
  );
}

export function ProcedureDraftRoute() {
  const { code, id } = useParams();
  return (
    <RequirePermission permission="procedures.manage">
      {code && id ? <ProcedureDraftPage key={id} code={code} id={id} /> : <NotFoundPage />}
    </RequirePermission>
  );
}
