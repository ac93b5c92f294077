import { IdParamsSchema } from '@motcua/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { officerSecurity, problems } from '../../lib/responses';
import { officerOf } from '../../plugins/auth';
import { createNotificationsService } from './notifications.service';

const NotificationsSchema = z.object({
  unread: z.number().int(),
  items: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(['dossier_due_soon', 'dossier_overdue']),
      title: z.string(),
      body: z.string(),
      link: z.string().nullable(),
      createdAt: z.string(),
      read: z.boolean(),
    }),
  ),
});

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
