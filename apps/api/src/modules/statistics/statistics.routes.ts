import {
  CountrysideSchema,
  CustomReportRunSchema,
  DashboardSchema,
  ExportJobListSchema,
  ExportJobSchema,
  ExportRequestSchema,
  IdParamsSchema,
  IndicatorParamsSchema,
  IndicatorQuerySchema,
  QualityIndexSchema,
  RankingQuerySchema,
  RankingSchema,
  SavedReportInputSchema,
  SavedReportListSchema,
  SavedReportSchema,
  SavedReportUpdateSchema,
  ScoreboardQuerySchema,
  ScoreboardSchema,
  StandardReportParamsSchema,
  StandardReportRunSchema,
  StatisticsItemPageSchema,
  StatisticsScopeQuerySchema,
  StatisticsTableSchema,
  UuidSchema,
  WindowQuerySchema,
} from '@motcua/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { officerSecurity, problems, sendAttachment } from '../../lib/responses';
import { actorOf, officerOf } from '../../plugins/auth';
import { createExportRunner } from './statistics.exports';
import { createQualityIndex } from './statistics.index';
import { createStatisticsService, today } from './statistics.service';

const FILE = z.unknown().describe('The exported file, as an attachment');

function savedView(row: {
  id: string;
  name: string;
  definition: unknown;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}) {
  return {
    ...row,
    definition: row.definition as z.infer<typeof SavedReportSchema>['definition'],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Statistics for leaders: the standard reports, custom reports, exports, the dashboard, the index and rankings. */
export const statisticsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createStatisticsService(app.db);
  const index = createQualityIndex(app.db, service, today);
  const exports = createExportRunner(app.db, app.files, service, app.log);
  app.addHook('onReady', () => exports.resume());
  app.addHook('onClose', () => exports.idle());
  app.addHook('onRequest', app.requireOfficer);
  const common = { tags: ['statistics'], security: officerSecurity };

  app.post('/statistics/reports/:report', {
    schema: {
      ...common,
      summary:
        'A standard one-stop report (16 of them): dossiers listed, grouped, or summed per unit or officer',
      params: StandardReportParamsSchema,
      body: StandardReportRunSchema,
      response: { 200: StatisticsTableSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (request) => service.standard(officerOf(request), request.params.report, request.body),
  });

  app.post('/statistics/custom', {
    schema: {
      ...common,
      summary: 'A custom report: chosen criteria as columns, a filter, and an optional grouping',
      body: CustomReportRunSchema,
      response: { 200: StatisticsTableSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (request) => service.custom(officerOf(request), request.body),
  });

  app.get('/statistics/saved-reports', {
    schema: {
      ...common,
      summary: 'The custom reports the officer saved',
      response: { 200: SavedReportListSchema, ...problems(401, 403) },
    },
    handler: async (request) => ({ items: (await service.savedReports(officerOf(request))).map(savedView) }),
  });

  app.post('/statistics/saved-reports', {
    schema: {
      ...common,
      summary: 'Save a custom report',
      body: SavedReportInputSchema,
      response: { 201: SavedReportSchema, ...problems(400, 401, 403, 404) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(savedView(await service.saveReport(officerOf(request), actorOf(request), request.body))),
  });

  app.put('/statistics/saved-reports/:id', {
    schema: {
      ...common,
      summary: 'Rename or change a saved report (409 when it changed since it was read)',
      params: IdParamsSchema,
      body: SavedReportUpdateSchema,
      response: { 200: SavedReportSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (request) =>
      savedView(
        await service.updateReport(officerOf(request), actorOf(request), request.params.id, request.body),
      ),
  });

  app.delete('/statistics/saved-reports/:id', {
    schema: {
      ...common,
      summary: 'Delete a saved report',
      params: IdParamsSchema,
      response: { 204: z.null(), ...problems(401, 403, 404) },
    },
    handler: async (request, reply) => {
      await service.deleteReport(officerOf(request), actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  });

  app.post('/statistics/exports', {
    schema: {
      ...common,
      summary: 'Export a report to Excel or PDF in the background; poll the job for progress',
      body: ExportRequestSchema,
      response: { 202: ExportJobSchema, ...problems(400, 401, 403, 404) },
    },
    handler: async (request, reply) =>
      reply.code(202).send(await exports.create(officerOf(request), actorOf(request), request.body)),
  });

  app.get('/statistics/exports', {
    schema: {
      ...common,
      summary: 'The officer’s latest exports',
      response: { 200: ExportJobListSchema, ...problems(401, 403) },
    },
    handler: async (request) => ({ items: await exports.list(officerOf(request)) }),
  });

  app.get('/statistics/exports/:id', {
    schema: {
      ...common,
      summary: 'An export’s progress',
      params: IdParamsSchema,
      response: { 200: ExportJobSchema, ...problems(401, 403, 404) },
    },
    handler: (request) => exports.get(officerOf(request), request.params.id),
  });

  app.get('/statistics/exports/:id/file', {
    schema: {
      ...common,
      summary: 'The exported file, once done (409 while it is being written)',
      params: IdParamsSchema,
      response: { 200: FILE, ...problems(401, 403, 404, 409) },
    },
    handler: async (request, reply) => {
      const file = await exports.file(officerOf(request), request.params.id);
      if (file.size !== null) reply.header('content-length', file.size);
      return sendAttachment(reply, { file, bytes: file.stream });
    },
  });

  app.get('/statistics/dashboard', {
    schema: {
      ...common,
      summary: 'The leaders’ dashboard for a unit’s subtree; every number carries the filter behind it',
      querystring: StatisticsScopeQuerySchema,
      response: { 200: DashboardSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (request) => service.dashboard(officerOf(request), request.query),
  });

  app.get('/statistics/quality-index', {
    schema: {
      ...common,
      summary: 'Ranking of the units of one level under a unit by the service-quality index (766)',
      querystring: RankingQuerySchema,
      response: { 200: RankingSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (request) => index.ranking(officerOf(request), request.query),
  });

  app.get('/statistics/quality-index/:unitId', {
    schema: {
      ...common,
      summary: 'A unit’s service-quality index: each indicator with its numerator, denominator and score',
      params: z.object({ unitId: UuidSchema }),
      querystring: WindowQuerySchema,
      response: { 200: QualityIndexSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (request) => index.unit(officerOf(request), request.params.unitId, request.query),
  });

  app.get('/statistics/quality-index/:unitId/indicators/:indicator', {
    schema: {
      ...common,
      summary: 'The dossiers, feedback or procedures that kept an indicator below full points',
      params: IndicatorParamsSchema,
      querystring: IndicatorQuerySchema,
      response: { 200: StatisticsItemPageSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (request) =>
      index.lowered(officerOf(request), request.params.unitId, request.params.indicator, request.query),
  });

  app.get('/statistics/countryside', {
    schema: {
      ...common,
      summary: 'The new-countryside public-administration criterion for each commune, with its evidence',
      querystring: StatisticsScopeQuerySchema,
      response: { 200: CountrysideSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (request) => index.countryside(officerOf(request), request.query),
  });
};

/** The public scoreboard of agencies on the portal. */
export const publicStatisticsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createStatisticsService(app.db);
  app.get('/public/scoreboard', {
    schema: {
      tags: ['statistics'],
      summary:
        'Each agency of a province: on-time share, average working days taken and satisfaction in a year',
      querystring: ScoreboardQuerySchema,
      response: { 200: ScoreboardSchema, ...problems(400, 404) },
    },
    handler: (request) => service.scoreboard(request.query),
  });
};
