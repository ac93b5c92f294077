import {
  IdParamsSchema,
  NotificationsSchema,
  OutboxMessageSchema,
  OutboxPageSchema,
  OutboxQuerySchema,
} from '@motcua/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { officerSecurity, problems } from '../../lib/responses';
import { actorOf, officerOf } from '../../plugins/auth';
import { createOutboxService } from './notifications.mailbox';
import { createNotificationsService } from './notifications.service';

const notificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createNotificationsService(app.db);
  const mailbox = createOutboxService(app.db);
  app.addHook('onRequest', app.requireOfficer);
  const common = { tags: ['notifications'], security: officerSecurity };

  app.get('/notifications', {
    schema: {
      ...common,
      summary: 'The signed-in officer’s notices, unread first',
      response: { 200: NotificationsSchema, ...problems(401) },
    },
    handler: (request) => service.mine(officerOf(request)),
  });

  app.post('/notifications/:id/read', {
    schema: {
      ...common,
      summary: 'Mark one notice as read',
      params: IdParamsSchema,
      response: { 200: NotificationsSchema, ...problems(400, 401, 404) },
    },
    handler: (request) => service.markRead(officerOf(request), request.params.id),
  });

  app.post('/notifications/read-all', {
    schema: {
      ...common,
      summary: 'Mark every notice as read',
      response: { 200: NotificationsSchema, ...problems(401) },
    },
    handler: (request) => service.markRead(officerOf(request), 'all'),
  });

  app.get('/admin/outbox', {
    schema: {
      ...common,
      summary:
        'Outgoing e-mails and SMS with their delivery state; the local mailbox when no provider is configured',
      querystring: OutboxQuerySchema,
      response: { 200: OutboxPageSchema, ...problems(400, 401, 403) },
    },
    handler: (request) => mailbox.list(officerOf(request), request.query),
  });

  app.post('/admin/outbox/:id/retry', {
    schema: {
      ...common,
      summary: 'Queue a message that failed for good for another round of attempts',
      params: IdParamsSchema,
      response: { 200: OutboxMessageSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: (request) => mailbox.retry(officerOf(request), actorOf(request), request.params.id),
  });
};

export default notificationsRoutes;
