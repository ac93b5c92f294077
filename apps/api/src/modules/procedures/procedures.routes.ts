import {
  AdminProcedureListQuerySchema,
  FinderQuerySchema,
  FinderResultSchema,
  ProcedureTemplateSchema,
  ReceivingUnitListSchema,
  ReceivingUnitQuerySchema,
  TemplateParamsSchema,
  IdParamsSchema,
  ProcedureCodeParamsSchema,
  ProcedureExportQuerySchema,
  ProcedureFieldsSchema,
  ProcedureImportBodySchema,
  ProcedureImportQuerySchema,
  ProcedureImportResultSchema,
  ProcedureInputSchema,
  ProcedureListQuerySchema,
  ProcedurePageSchema,
  ProcedurePublishSchema,
  ProcedureRetireSchema,
  ProcedureSchema,
  ProcedureUpdateSchema,
  ProcedureVersionsSchema,
} from '@motcua/shared';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MAX_FILE_BYTES } from '../../lib/files';
import { officerSecurity, problems, sendAttachment, uploadedFile } from '../../lib/responses';
import { todayInVietnam } from '../../lib/time';
import { actorOf, officerOf } from '../../plugins/auth';
import { createProceduresService } from './procedures.service';
import { fromWorkbook, PROCEDURE_SHEET, toWorkbook } from './procedures.transfer';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The public catalogue: procedures in force today, searchable without diacritics. */
export const publicProceduresRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createProceduresService(app.db, app.files);
  const tags = ['procedures'];

  app.get('/procedures/finder', {
    schema: {
      tags,
      summary: 'Suggest procedures for a situation told in everyday words, with the papers to prepare',
      querystring: FinderQuerySchema,
      response: { 200: FinderResultSchema, ...problems(400) },
    },
    handler: (request) => service.finder(request.query.situation),
  });

  app.get('/procedures/templates/:id', {
    schema: {
      tags,
      summary: 'Download a template form (mẫu đơn, tờ khai) of a procedure component',
      params: TemplateParamsSchema,
      response: { 200: z.unknown().describe('The file'), ...problems(400, 404) },
    },
    handler: async (request, reply) => sendAttachment(reply, await service.template(request.params.id)),
  });

  app.get('/procedures/:code/receiving-units', {
    schema: {
      tags,
      summary: 'The agencies that receive dossiers of this procedure (for online submission and questions)',
      params: ProcedureCodeParamsSchema,
      querystring: ReceivingUnitQuerySchema,
      response: { 200: ReceivingUnitListSchema, ...problems(400, 404) },
    },
    handler: (request) => service.receivingUnits(request.params.code, request.query.q),
  });

  app.get('/procedures', {
    schema: {
      tags,
      summary: 'Search the catalogue of procedures in force (code, name or field; diacritics ignored)',
      querystring: ProcedureListQuerySchema,
      response: { 200: ProcedurePageSchema, ...problems(400) },
    },
    handler: (request) => service.publicList(request.query),
  });

  app.get('/procedures/fields', {
    schema: {
      tags,
      summary: 'Fields (lĩnh vực) of the procedures in force, with counts, for browsing',
      response: { 200: ProcedureFieldsSchema },
    },
    handler: () => service.fields(),
  });

  app.get('/procedures/:code', {
    schema: {
      tags,
      summary: 'One procedure in force, by its national code',
      params: ProcedureCodeParamsSchema,
      response: { 200: ProcedureSchema, ...problems(400, 404) },
    },
    handler: (request) => service.publicGet(request.params.code),
  });
};

/** Administration of the catalogue: drafts, publication by effective date, retirement, import and export. */
export const adminProceduresRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createProceduresService(app.db, app.files);
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5, parts: 6 } });
  app.addHook('onRequest', app.requireOfficer);
  const common = { tags: ['procedures-admin'], security: officerSecurity };

  app.addContentTypeParser(XLSX, { parseAs: 'buffer', bodyLimit: 20 * 1024 * 1024 }, (_request, body, done) =>
    done(null, body),
  );

  app.post('/admin/procedure-templates', {
    schema: {
      ...common,
      summary:
        'Upload a template form (multipart field "file"; PDF, DOCX or XLSX, checked by content) to list in a component',
      consumes: ['multipart/form-data'],
      response: { 201: ProcedureTemplateSchema, ...problems(400, 401, 403, 413, 415) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.uploadTemplate(officerOf(request), actorOf(request), () => uploadedFile(request)),
        ),
  });

  app.get('/admin/procedures', {
    schema: {
      ...common,
      summary: 'All versions by status (draft, published, retired), searchable',
      querystring: AdminProcedureListQuerySchema,
      response: { 200: ProcedurePageSchema, ...problems(400, 401, 403) },
    },
    handler: (request) => service.adminList(officerOf(request), request.query),
  });

  app.post('/admin/procedures', {
    schema: {
      ...common,
      summary: 'Create a draft for a new procedure or a new version of an existing code',
      body: ProcedureInputSchema,
      response: { 201: ProcedureSchema, ...problems(400, 401, 403, 409) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.createDraft(officerOf(request), actorOf(request), request.body)),
  });

  app.get('/admin/procedures/:code/versions', {
    schema: {
      ...common,
      summary: 'Every version of a procedure, newest first',
      params: ProcedureCodeParamsSchema,
      response: { 200: ProcedureVersionsSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (request) => service.versions(officerOf(request), request.params.code),
  });

  app.post('/admin/procedures/:code/drafts', {
    schema: {
      ...common,
      summary: 'Start a draft copied from the version in force, to amend it',
      params: ProcedureCodeParamsSchema,
      response: { 201: ProcedureSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await service.draftFromCurrent(officerOf(request), actorOf(request), request.params.code)),
  });

  app.post('/admin/procedures/:code/retire', {
    schema: {
      ...common,
      summary: 'End a procedure: its version in force applies until the given day',
      params: ProcedureCodeParamsSchema,
      body: ProcedureRetireSchema,
      response: { 200: ProcedureVersionsSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: (request) =>
      service.retire(officerOf(request), actorOf(request), request.params.code, request.body.effectiveTo),
  });

  app.get('/admin/procedure-versions/:id', {
    schema: {
      ...common,
      summary: 'One version of a procedure',
      params: IdParamsSchema,
      response: { 200: ProcedureSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (request) => service.getVersion(officerOf(request), request.params.id),
  });

  app.put('/admin/procedure-versions/:id', {
    schema: {
      ...common,
      summary: 'Edit a draft (with the version read)',
      params: IdParamsSchema,
      body: ProcedureUpdateSchema,
      response: { 200: ProcedureSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: (request) =>
      service.updateDraft(
        officerOf(request),
        actorOf(request),
        request.params.id,
        request.body.version,
        request.body.content,
      ),
  });

  app.post('/admin/procedure-versions/:id/publish', {
    schema: {
      ...common,
      summary: 'Publish a draft from a date (today or later); the previous version ends the day before',
      params: IdParamsSchema,
      body: ProcedurePublishSchema,
      response: { 200: ProcedureSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: (request) =>
      service.publishDraft(
        officerOf(request),
        actorOf(request),
        request.params.id,
        request.body.version,
        request.body.effectiveFrom,
      ),
  });

  app.post('/admin/procedures/import', {
    schema: {
      ...common,
      summary: 'Import procedures from JSON ({"procedures": [...]}) or an .xlsx workbook; all or nothing',
      querystring: ProcedureImportQuerySchema,
      body: z.union([ProcedureImportBodySchema, z.instanceof(Buffer)]),
      response: { 200: ProcedureImportResultSchema, ...problems(400, 401, 403, 413) },
    },
    handler: async (request) => {
      const options = {
        publish: request.query.publish ?? false,
        effectiveFrom: request.query.effectiveFrom ?? todayInVietnam(),
      };
      const officer = officerOf(request);
      const actor = actorOf(request);
      if (Buffer.isBuffer(request.body)) {
        const { items, errors } = await fromWorkbook(request.body);
        return service.importAll(officer, actor, items, PROCEDURE_SHEET, options, errors);
      }
      const items = request.body.procedures.map((input, index) => ({ row: index + 1, input }));
      return service.importAll(officer, actor, items, null, options);
    },
  });

  app.get('/admin/procedures/export', {
    schema: {
      ...common,
      summary: 'Export the procedures in force (or the drafts) as .xlsx or JSON, in the import format',
      querystring: ProcedureExportQuerySchema,
      response: {
        // A Buffer (the workbook) is sent as is; JSON goes through the serializer unchanged.
        200: z
          .unknown()
          .describe('Attachment: the .xlsx workbook, or JSON {"procedures": [...]} in the import format'),
        ...problems(400, 401, 403),
      },
    },
    handler: async (request, reply) => {
      const items = await service.exportAll(officerOf(request), request.query.status);
      const name = `thu-tuc-hanh-chinh-${todayInVietnam()}`;
      if (request.query.format === 'json') {
        return reply
          .header('content-disposition', `attachment; filename="${name}.json"`)
          .type('application/json')
          .send({ procedures: items });
      }
      return reply
        .header('content-disposition', `attachment; filename="${name}.xlsx"`)
        .type(XLSX)
        .send(await toWorkbook(items));
    },
  });
};
