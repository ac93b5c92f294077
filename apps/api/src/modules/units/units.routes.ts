import {
  IdParamsSchema,
  UnitCreateSchema,
  UnitListQuerySchema,
  UnitListSchema,
  UnitSchema,
  UnitUpdateSchema,
} from '@motcua/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { officerSecurity, problems } from '../../lib/responses';
import { actorOf, officerOf } from '../../plugins/auth';
import { createUnitsService } from './units.service';

const unitsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createUnitsService(app.db);
  app.addHook('onRequest', app.requireOfficer);
  const common = { tags: ['units'], security: officerSecurity };

  app.get('/units', {
    schema: {
      ...common,
      summary:
        'List the units within reach (the caller\u2019s unit and its subtree), in Vietnamese name order',
      querystring: UnitListQuerySchema,
      response: { 200: UnitListSchema, ...problems(400, 401, 403) },
    },
    handler: async (request) => ({ items: await service.list(officerOf(request), request.query) }),
  });

  app.get('/units/:id', {
    schema: {
      ...common,
      summary: 'Get one unit',
      params: IdParamsSchema,
      response: { 200: UnitSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (request) => service.get(officerOf(request), request.params.id),
  });

  app.post('/units', {
    schema: {
      ...common,
      summary: 'Create a unit under a parent within reach',
      body: UnitCreateSchema,
      response: { 201: UnitSchema, ...problems(400, 401, 403, 409) },
    },
    handler: async (request, reply) => {
      const unit = await service.create(officerOf(request), actorOf(request), request.body);
      return reply.code(201).send(unit);
    },
  });

  app.put('/units/:id', {
    schema: {
      ...common,
      summary: 'Update a unit (rename, move, end its validity, record a merger); needs the current version',
      params: IdParamsSchema,
      body: UnitUpdateSchema,
      response: { 200: UnitSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: (request) =>
      service.update(officerOf(request), actorOf(request), request.params.id, request.body),
  });
};

export default unitsRoutes;
