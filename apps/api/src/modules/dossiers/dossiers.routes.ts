import {
  AssigneesSchema,
  BulkAssignResultSchema,
  BulkAssignSchema,
  CounterIntakeSchema,
  DateStringSchema,
  DossierActionSchema,
  DossierCodeParamsSchema,
  DossierListQuerySchema,
  DossierPageSchema,
  DossierQueueCountsSchema,
  DossierSchema,
  IdParamsSchema,
  PublicDossierSchema,
} from '@motcua/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config/config';
import { officerSecurity, problems } from '../../lib/responses';
import { actorOf, officerOf } from '../../plugins/auth';
import { createDossiersService } from './dossiers.service';
import { SLIP_FORMS } from './dossiers.slips';

const SlipParamsSchema = IdParamsSchema.extend({ form: z.enum(SLIP_FORMS) });
const RegisterQuerySchema = z.object({ from: DateStringSchema, to: DateStringSchema });
const PDF_RESPONSE = z.unknown().describe('application/pdf, as an attachment');

export const dossiersRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const service = createDossiersService(app.db);
  app.addHook('onRequest', app.requireOfficer);
  const common = { tags: ['dossiers'], security: officerSecurity };

  app.post('/dossiers', {
    schema: {
      ...common,
      summary: 'Receive a dossier at the counter: numbered, appointment computed, receipt ready to print',
      body: CounterIntakeSchema,
      response: { 201: DossierSchema, ...problems(400, 401, 403) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.intake(officerOf(request), actorOf(request), request.body)),
  });

  app.get('/dossiers', {
    schema: {
      ...common,
      summary: 'A work queue of the caller’s unit, or a search of the dossiers within reach (keyset pages)',
      querystring: DossierListQuerySchema,
      response: { 200: DossierPageSchema, ...problems(400, 401, 403) },
    },
    handler: (request) => service.list(officerOf(request), request.query),
  });

  app.get('/dossiers/queues', {
    schema: {
      ...common,
      summary: 'How many dossiers wait in each queue of the caller’s unit',
      response: { 200: DossierQueueCountsSchema, ...problems(401, 403) },
    },
    handler: (request) => service.queueCounts(officerOf(request)),
  });

  app.get('/dossiers/assignees', {
    schema: {
      ...common,
      summary: 'Officers a division head can assign, with their open dossiers',
      response: { 200: AssigneesSchema, ...problems(401, 403) },
    },
    handler: (request) => service.assignees(officerOf(request)),
  });

  app.post('/dossiers/bulk-assign', {
    schema: {
      ...common,
      summary: 'Assign several dossiers to one officer; each succeeds or fails on its own',
      body: BulkAssignSchema,
      response: { 200: BulkAssignResultSchema, ...problems(400, 401, 403) },
    },
    handler: (request) =>
      service.bulkAssign(
        officerOf(request),
        actorOf(request),
        request.body.assigneeId,
        request.body.dossiers,
      ),
  });

  app.get('/dossiers/register', {
    schema: {
      ...common,
      summary: 'Mẫu 07: the dossier register of the caller’s unit over a period, as PDF',
      querystring: RegisterQuerySchema,
      response: { 200: PDF_RESPONSE, ...problems(400, 401, 403) },
    },
    handler: async (request, reply) => {
      const { pdf, filename } = await service.register(
        officerOf(request),
        request.query.from,
        request.query.to,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${filename}"`)
        .send(pdf);
    },
  });

  app.get('/dossiers/:id/slips/:form', {
    schema: {
      ...common,
      summary:
        'A standard slip of the dossier as PDF: 01 receipt, 02 supplement request, 03 refusal, 04 apology and extension, 05 stop notice, 06 process-control sheet',
      params: SlipParamsSchema,
      response: { 200: PDF_RESPONSE, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) => {
      const { pdf, filename } = await service.slip(
        officerOf(request),
        request.params.id,
        request.params.form,
        config.publicUrl,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${filename}"`)
        .send(pdf);
    },
  });

  app.get('/dossiers/:id', {
    schema: {
      ...common,
      summary:
        'A dossier with its steps, appointment derivation, processing log and the actions allowed to the caller',
      params: IdParamsSchema,
      response: { 200: DossierSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (request) => service.get(officerOf(request), request.params.id),
  });

  app.post('/dossiers/:id/actions', {
    schema: {
      ...common,
      summary:
        'Act on a dossier (accept, hand over, assign, submit, send back, sign, return, supplement, refuse, stop, ' +
        'withdraw, extend, record payment). 409 names the actions the current state allows.',
      params: IdParamsSchema,
      body: DossierActionSchema,
      response: { 200: DossierSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: (request) =>
      service.transition(officerOf(request), actorOf(request), request.params.id, request.body),
  });
};

export const publicDossiersRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createDossiersService(app.db);
  app.get('/public/dossiers/:code', {
    schema: {
      tags: ['public'],
      summary: 'Track a dossier by its code without signing in (the applicant’s name is masked)',
      params: DossierCodeParamsSchema,
      response: { 200: PublicDossierSchema, ...problems(400, 404) },
    },
    handler: (request) => service.track(request.params.code),
  });
};
