import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config/config';
import type { DatabaseHandle } from './db/client';
import authRoutes from './modules/auth/auth.routes';
import calendarRoutes from './modules/calendar/calendar.routes';
import citizensRoutes from './modules/citizens/citizens.routes';
import {
  citizenDossiersRoutes,
  dossiersRoutes,
  publicDossiersRoutes,
} from './modules/dossiers/dossiers.routes';
import healthRoutes from './modules/health/health.routes';
import notificationsRoutes from './modules/notifications/notifications.routes';
import { paymentsRoutes } from './modules/payments/payments.routes';
import { adminProceduresRoutes, publicProceduresRoutes } from './modules/procedures/procedures.routes';
import unitsRoutes from './modules/units/units.routes';
import usersRoutes from './modules/users/users.routes';
import workflowsRoutes from './modules/workflows/workflows.routes';
import authPlugin from './plugins/auth';
import dbPlugin from './plugins/db';
import errorsPlugin from './plugins/errors';
import filesPlugin from './plugins/files';
import openapiPlugin from './plugins/openapi';
import { submissionRoutes } from './modules/submission/submission.routes';
import { questionsRoutes } from './modules/questions/questions.routes';
import { feedbackRoutes } from './modules/feedback/feedback.routes';
import { publicStatisticsRoutes, statisticsRoutes } from './modules/statistics/statistics.routes';
import { reportsRoutes } from './modules/reports/reports.routes';
import securityPlugin from './plugins/security';
import spaPlugin, { spaFallback, type SpaRoots } from './plugins/spa';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The built SPAs, next to this package in the workspace (apps/admin/dist, apps/portal/dist). */
function spaRoots(): SpaRoots {
  const apps = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  return { admin: path.join(apps, 'admin', 'dist'), portal: path.join(apps, 'portal', 'dist') };
}

function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  if (config.logLevel === 'silent') return false;
  return {
    level: config.logLevel,
    // Query strings and bodies can carry names and ID numbers: log the route pattern and ids only.
    serializers: {
      req: (request) => ({
        method: request.method,
        route: request.routeOptions?.url ?? request.url.split('?')[0],
        id: request.id,
      }),
      res: (reply) => ({ statusCode: reply.statusCode }),
    },
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
  };
}

export async function buildApp(config: Config, database: DatabaseHandle) {
  const roots = spaRoots();
  const app = Fastify({
    logger: loggerOptions(config),
    trustProxy: config.trustProxy,
    requestTimeout: 30_000,
    bodyLimit: 1_048_576,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : crypto.randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(dbPlugin, { database });
  await app.register(errorsPlugin, { notFoundFallback: config.serveSpa ? spaFallback(roots) : undefined });
  await app.register(securityPlugin);
  await app.register(openapiPlugin);
  await app.register(authPlugin, { config });
  await app.register(filesPlugin, { config });

  await app.register(healthRoutes);
  await app.register(
    async (v1) => {
      await v1.register(authRoutes, { config });
      await v1.register(citizensRoutes, { config });
      await v1.register(calendarRoutes);
      await v1.register(publicProceduresRoutes);
      await v1.register(adminProceduresRoutes);
      await v1.register(dossiersRoutes, { config });
      await v1.register(publicDossiersRoutes);
      await v1.register(citizenDossiersRoutes, { config });
      await v1.register(submissionRoutes, { config });
      await v1.register(questionsRoutes, { config });
      await v1.register(feedbackRoutes, { config });
      await v1.register(reportsRoutes);
      await v1.register(statisticsRoutes);
      await v1.register(publicStatisticsRoutes);
      await v1.register(paymentsRoutes, { config });
      await v1.register(notificationsRoutes);
      await v1.register(workflowsRoutes);
      await v1.register(unitsRoutes);
      await v1.register(usersRoutes);
    },
    { prefix: '/api/v1' },
  );

  if (config.serveSpa) await app.register(spaPlugin, { roots });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
