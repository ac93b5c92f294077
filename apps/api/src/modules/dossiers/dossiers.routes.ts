import {
  AssigneesSchema,
  BulkAssignResultSchema,
  BulkAssignSchema,
  CounterIntakeSchema,
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
import { officerSecurity, problems } from '../../lib/responses';
import { actorOf, officerOf } from '../../plugins/auth';
import { createDossiersService } from './dossiers.service';

export const dossiersRoutes: FastifyPluginAsyncZod = async (app) => {
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
