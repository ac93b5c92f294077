import {
  IdParamsSchema,
  UserCreateSchema,
  UserListQuerySchema,
  UserPageSchema,
  UserSchema,
  UserUpdateSchema,
  UserVersionSchema,
  UserWithPasswordSchema,
} from '@motcua/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { officerSecurity, problems } from '../../lib/responses';
import { actorOf, officerOf } from '../../plugins/auth';
import { createUsersService } from './users.service';

const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createUsersService(app.db, app.sessions);
  app.addHook('onRequest', app.requireOfficer);
  const common = { tags: ['users'], security: officerSecurity };

  app.get('/users', {
    schema: {
      ...common,
      summary: 'List officer accounts within reach; search ignores diacritics',
      querystring: UserListQuerySchema,
      response: { 200: UserPageSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (request) => service.list(officerOf(request), request.query),
  });

  app.get('/users/:id', {
    schema: {
      ...common,
      summary: 'Get one officer account',
      params: IdParamsSchema,
      response: { 200: UserSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (request) => service.get(officerOf(request), request.params.id),
  });

  app.post('/users', {
    schema: {
      ...common,
      summary: 'Create an officer account; without a password a temporary one is returned once',
      body: UserCreateSchema,
      response: { 201: UserWithPasswordSchema, ...problems(400, 401, 403, 409) },
    },
    handler: async (request, reply) => {
      const created = await service.create(officerOf(request), actorOf(request), request.body);
      return reply.code(201).send(created);
    },
  });

  app.put('/users/:id', {
    schema: {
      ...common,
      summary: 'Update an account: name, contact, unit and roles',
      params: IdParamsSchema,
      body: UserUpdateSchema,
      response: { 200: UserSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: (request) =>
      service.update(officerOf(request), actorOf(request), request.params.id, request.body),
  });

  const action = { params: IdParamsSchema, body: UserVersionSchema };

  app.post('/users/:id/lock', {
    schema: {
      ...common,
      ...action,
      summary: 'Lock an account and end its sessions',
      response: { 200: UserSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: (request) =>
      service.lock(officerOf(request), actorOf(request), request.params.id, request.body.version),
  });

  app.post('/users/:id/unlock', {
    schema: {
      ...common,
      ...action,
      summary: 'Unlock an account (also clears a lock from failed logins)',
      response: { 200: UserSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: (request) =>
      service.unlock(officerOf(request), actorOf(request), request.params.id, request.body.version),
  });

  app.post('/users/:id/reset-password', {
    schema: {
      ...common,
      ...action,
      summary: 'Reset the password to a temporary one (returned once), to be changed at next sign-in',
      response: { 200: UserWithPasswordSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: (request) =>
      service.resetPassword(officerOf(request), actorOf(request), request.params.id, request.body.version),
  });
};

export default usersRoutes;
