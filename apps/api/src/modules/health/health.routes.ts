import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problems } from '../../lib/responses';
import { sendProblem } from '../../plugins/errors';

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/health', {
    schema: {
      tags: ['system'],
      summary: 'Liveness and readiness: 200 only when the database answers',
      response: { 200: z.object({ status: z.literal('ok') }), ...problems(503) },
    },
    handler: async (request, reply) => {
      if (await app.database.ping()) return { status: 'ok' as const };
      return sendProblem(request, reply, {
        status: 503,
        code: 'service_unavailable',
        title: 'Cơ sở dữ liệu không phản hồi',
      });
    },
  });
};

export default healthRoutes;
