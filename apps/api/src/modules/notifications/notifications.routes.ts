import { IdParamsSchema, NotificationsSchema } from '@motcua/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { officerSecurity, problems } from '../../lib/responses';
import { officerOf } from '../../plugins/auth';
import { createNotificationsService } from './notifications.service';

const notificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createNotificationsService(app.db);
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
};

export default notificationsRoutes;
