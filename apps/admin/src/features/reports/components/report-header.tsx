import type { ReportForm } from '@motcua/shared';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { describeError } from '../../../lib/api-error';
import { formatDate } from '../../../lib/format';
import { useExportReportExcel } from '../api/export-report-excel';
import { useExportReportPdf } from '../api/export-report-pdf';
import type { FormRef } from '../api/keys';
import { ReportStatusBadge } from './status-badges';

/** Excel and PDF of the form as it stands, fetched with the officer's token and saved under the server's name. */
function ExportButtons({ form, formRef }: { form: ReportForm; formRef: FormRef }) {
  const f = texts.reports.form;
  const toast = useToast();
  const excel = useExportReportExcel();
  const pdf = useExportReportPdf();
  const args = { ref: formRef, code: form.template.code, unit: form.unit.name };
  const failed = excel.isError ? excel.error : pdf.isError ? pdf.error : null;
  const problem = failed ? describeError(failed) : null;
  return (
    <div className="rp-exports">
      <div className="rp-export-buttons">
        <Button
          size="sm"
          busy={excel.isPending}
          onClick={() => {
            pdf.reset();
            excel.mutate(args, { onSuccess: (name) => toast.notify(f.exported(name)) });
          }}
        >
          {excel.isPending ? f.exporting : f.exportExcel}
        </Button>
        <Button
          size="sm"
          busy={pdf.isPending}
          onClick={() => {
            excel.reset();
            pdf.mutate(args, { onSuccess: (name) => toast.notify(f.exported(name)) });
          }}
        >
          {pdf.isPending ? f.exporting : f.exportPdf}
        </Button>
      </div>
      {problem && (
        <Alert tone="danger" className="rp-export-problem">
          {f.exportFailed}: {problem.detail ?? problem.title}
        </Alert>
      )}
    </div>
  );
}

/**
 * The head of the official form: its number and title, the reporting unit, the receiving unit (the issuer), the
 * period and its window; the status and the downloads beside.
 */
export function ReportHeader({ form, formRef }: { form: ReportForm; formRef: FormRef }) {
  const f = texts.reports.form;
  return (
    <section className="card rp-form-header" aria-labelledby="rp-form-title">
      <div className="rp-form-heading">
        <div className="rp-form-titles">
          <p className="rp-eyebrow">
            {f.formNo(form.template.code)} · {f.version(form.template.versionNo)}
          </p>
          <h1 id="rp-form-title" className="rp-form-title">
            {form.template.name}
          </h1>
        </div>
        <ExportButtons form={form} formRef={formRef} />
      </div>
      <dl className="rp-form-facts">
        <div>
          <dt>{f.reportingUnit}</dt>
          <dd>{form.unit.name}</dd>
        </div>
        <div>
          <dt>{f.receivingUnit}</dt>
          <dd>{form.period.issuerUnit.name}</dd>
        </div>
        <div>
          <dt>{f.deadline}</dt>
          <dd>{formatDate(form.period.entryDeadline)}</dd>
        </div>
        <div>
          <dt>{f.status}</dt>
          <dd>
            <ReportStatusBadge status={form.status} />
          </dd>
        </div>
        <div className="rp-fact-wide">
          <dt>{f.period}</dt>
          <dd>{f.periodValue(form.period.name, formatDate(form.period.from), formatDate(form.period.to))}</dd>
        </div>
      </dl>
    </section>
  );
}
