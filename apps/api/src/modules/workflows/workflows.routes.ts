import {
  IdParamsSchema,
  WorkflowInputSchema,
  WorkflowListQuerySchema,
  WorkflowListSchema,
  WorkflowPreviewQuerySchema,
  WorkflowPreviewSchema,
  WorkflowPublishSchema,
  WorkflowSchema,
  WorkflowUpdateSchema,
} from '@motcua/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { officerSecurity, problems } from '../../lib/responses';
import { actorOf, officerOf } from '../../plugins/auth';
import { createWorkflowsService } from './workflows.service';

const workflowsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createWorkflowsService(app.db);
  app.addHook('onRequest', app.requireOfficer);
  const common = { tags: ['workflows'], security: officerSecurity };

  app.get('/workflows', {
    schema: {
      ...common,
      summary: 'Internal workflows defined by units within reach',
      querystring: WorkflowListQuerySchema,
      response: { 200: WorkflowListSchema, ...problems(400, 401, 403) },
    },
    handler: (request) => service.list(officerOf(request), request.query),
  });

  app.get('/workflows/preview', {
    schema: {
      ...common,
      summary: 'The steps a dossier received today at a unit would follow, with each step’s time',
      querystring: WorkflowPreviewQuerySchema,
      response: { 200: WorkflowPreviewSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (request) =>
      service.preview(officerOf(request), request.query.procedureCode, request.query.unitId),
  });

  app.post('/workflows', {
    schema: {
      ...common,
      summary: 'Create a draft internal workflow of a procedure for a unit and its subtree',
      body: WorkflowInputSchema,
      response: { 201: WorkflowSchema, ...problems(400, 401, 403, 409) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.create(officerOf(request), actorOf(request), request.body)),
  });

  app.get('/workflows/:id', {
    schema: {
      ...common,
      summary: 'One workflow',
      params: IdParamsSchema,
      response: { 200: WorkflowSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (request) => service.get(officerOf(request), request.params.id),
  });

  app.put('/workflows/:id', {
    schema: {
      ...common,
      summary: 'Edit a draft workflow',
      params: IdParamsSchema,
      body: WorkflowUpdateSchema,
      response: { 200: WorkflowSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: (request) =>
      service.update(
        officerOf(request),
        actorOf(request),
        request.params.id,
        request.body.version,
        request.body.workflow,
      ),
  });

  app.post('/workflows/:id/drafts', {
    schema: {
      ...common,
      summary: 'Start a new draft copied from a workflow, to amend it',
      params: IdParamsSchema,
      response: { 201: WorkflowSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.draftFrom(officerOf(request), actorOf(request), request.params.id)),
  });

  app.post('/workflows/:id/publish', {
    schema: {
      ...common,
      summary: 'Publish a draft: the steps must fit within the legal time limit',
      params: IdParamsSchema,
      body: WorkflowPublishSchema,
      response: { 200: WorkflowSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: (request) =>
      service.publish(
        officerOf(request),
        actorOf(request),
        request.params.id,
        request.body.version,
        request.body.effectiveFrom,
      ),
  });
};

export default workflowsRoutes;
