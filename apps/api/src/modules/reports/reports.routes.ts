import {
  BoardSchema,
  foldVietnamese,
  IdParamsSchema,
  PeriodCreateSchema,
  PeriodListSchema,
  PeriodSchema,
  ReportActionSchema,
  ReportFormParamsSchema,
  ReportFormSchema,
  ReportSaveSchema,
  ReportHistorySchema,
  ReportReopenSchema,
  ReportTemplateCreateSchema,
  ReportTemplateListSchema,
  ReportTemplateSchema,
  VersionSchema,
} from '@motcua/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { officerSecurity, problems } from '../../lib/responses';
import { todayInVietnam } from '../../lib/time';
import { actorOf, officerOf } from '../../plugins/auth';
import { formPdf, formWorkbook } from './reports.exports';
import { createReportsService, ensureShippedForms } from './reports.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const FORM_URL = '/reports/periods/:id/units/:unitId/forms/:templateId';

/** M&E reporting: periods, each unit's forms, approval up the tree and the superior's progress board. */
export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  await ensureShippedForms(app.db);
  const service = createReportsService(app.db);
  app.addHook('onRequest', app.requireOfficer);
  const common = { tags: ['reports'], security: officerSecurity };

  app.get('/reports/templates', {
    schema: {
      ...common,
      summary: 'The report forms (biểu mẫu), every version',
      response: { 200: ReportTemplateListSchema, ...problems(401) },
    },
    handler: () => service.templates(),
  });

  app.post('/reports/templates', {
    schema: {
      ...common,
      summary: 'Save a new version of a form (or the first of a new code); issued periods keep their version',
      body: ReportTemplateCreateSchema,
      response: { 201: ReportTemplateSchema, ...problems(400, 401, 403) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.createTemplate(officerOf(request), actorOf(request), request.body)),
  });

  app.get('/reports/periods', {
    schema: {
      ...common,
      summary: 'Reporting periods the officer’s unit issued or takes part in',
      response: { 200: PeriodListSchema, ...problems(401, 403) },
    },
    handler: (request) => service.periods(officerOf(request)),
  });

  app.post('/reports/periods', {
    schema: {
      ...common,
      summary: 'Draft a reporting period for the units under the officer’s unit',
      body: PeriodCreateSchema,
      response: { 201: PeriodSchema, ...problems(400, 401, 403) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.createPeriod(officerOf(request), actorOf(request), request.body)),
  });

  app.get('/reports/periods/:id', {
    schema: {
      ...common,
      summary: 'One reporting period',
      params: IdParamsSchema,
      response: { 200: PeriodSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (request) => service.period(officerOf(request), request.params.id),
  });

  for (const [path, to, summary] of [
    ['issue', 'issued', 'Issue a drafted period: the units under the issuer are told to enter their figures'],
    ['close', 'closed', 'Close an issued period: no more entry or approval'],
  ] as const) {
    app.post(`/reports/periods/:id/${path}`, {
      schema: {
        ...common,
        summary,
        params: IdParamsSchema,
        body: z.object({ version: VersionSchema }),
        response: { 200: PeriodSchema, ...problems(400, 401, 403, 404, 409) },
      },
      handler: (request) =>
        service.setPeriodStatus(
          officerOf(request),
          actorOf(request),
          request.params.id,
          to,
          request.body.version,
        ),
    });
  }

  app.get('/reports/periods/:id/board', {
    schema: {
      ...common,
      summary:
        'Progress of the units directly under the officer’s unit: status of each form, late or on time',
      params: IdParamsSchema,
      response: { 200: BoardSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (request) => service.board(officerOf(request), request.params.id),
  });

  app.get(FORM_URL, {
    schema: {
      ...common,
      summary:
        'A unit’s form in a period: its figures, the system’s, its children’s accepted totals, who is missing',
      params: ReportFormParamsSchema,
      response: { 200: ReportFormSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (request) =>
      service.form(officerOf(request), request.params.id, request.params.unitId, request.params.templateId),
  });

  app.put(FORM_URL, {
    schema: {
      ...common,
      summary: 'Save the unit’s figures (entry account; while the form is not sent)',
      params: ReportFormParamsSchema,
      body: ReportSaveSchema,
      response: { 200: ReportFormSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: (request) =>
      service.save(
        officerOf(request),
        actorOf(request),
        request.params.id,
        request.params.unitId,
        request.params.templateId,
        request.body.values,
        request.body.version,
      ),
  });

  app.get(`${FORM_URL}/history`, {
    schema: {
      ...common,
      summary: 'Who did what when on a form, with the figures of each approval (immutable snapshots)',
      params: ReportFormParamsSchema,
      response: { 200: ReportHistorySchema, ...problems(400, 401, 403, 404) },
    },
    handler: (request) =>
      service.history(
        officerOf(request),
        request.params.id,
        request.params.unitId,
        request.params.templateId,
      ),
  });

  for (const format of ['xlsx', 'pdf'] as const) {
    app.get(`${FORM_URL}/export.${format}`, {
      schema: {
        ...common,
        summary:
          format === 'xlsx'
            ? 'The form as an Excel workbook with the official header and its totals as formulas'
            : 'The form as a printable PDF with the official header',
        params: ReportFormParamsSchema,
        response: {
          200: z.unknown().describe('The file, as an attachment'),
          ...problems(400, 401, 403, 404),
        },
      },
      handler: async (request, reply) => {
        const { id, unitId, templateId } = request.params;
        const form = await service.form(officerOf(request), id, unitId, templateId);
        const slug = (text: string) =>
          foldVietnamese(text)
            .replace(/[^a-z0-9]+/gi, '-')
            .replace(/^-|-$/g, '');
        const name = `bao-cao-${slug(form.template.code)}-${slug(form.unit.name)}-${form.period.to}.${format}`;
        reply.header('content-disposition', `attachment; filename="${name}"`);
        return format === 'xlsx'
          ? reply.type(XLSX).send(await formWorkbook(form))
          : reply.type('application/pdf').send(await formPdf(form, todayInVietnam()));
      },
    });
  }

  app.post('/reports/periods/:id/units/:unitId/reopen', {
    schema: {
      ...common,
      summary:
        'Reopen one unit’s form with a reason (the issuer’s approval account), also in a closed period',
      params: IdParamsSchema.extend({ unitId: z.uuid() }),
      body: ReportReopenSchema,
      response: { 200: ReportFormSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: (request) =>
      service.reopen(
        officerOf(request),
        actorOf(request),
        request.params.id,
        request.params.unitId,
        request.body.templateId,
        request.body.reason,
      ),
  });

  app.post(`${FORM_URL}/actions`, {
    schema: {
      ...common,
      summary: 'Send to the leader, approve and send up, return to entry; the superior accepts or returns',
      params: ReportFormParamsSchema,
      body: ReportActionSchema,
      response: { 200: ReportFormSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: (request) =>
      service.act(
        officerOf(request),
        actorOf(request),
        request.params.id,
        request.params.unitId,
        request.params.templateId,
        request.body,
      ),
  });
};
