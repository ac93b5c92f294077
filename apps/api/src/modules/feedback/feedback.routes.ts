import multipart from '@fastify/multipart';
import {
  FEEDBACK_LIMITS,
  FeedbackActionSchema,
  FeedbackAgencyListSchema,
  FeedbackCodeParamsSchema,
  FeedbackDetailSchema,
  FeedbackPageSchema,
  FeedbackQuerySchema,
  FeedbackRateSchema,
  FeedbackReceiptSchema,
  FeedbackStatisticsQuerySchema,
  FeedbackStatisticsSchema,
  FeedbackSubmitSchema,
  FeedbackSupplementSchema,
  FeedbackTargetsSchema,
  FeedbackTrackingSchema,
  FeedbackUploadSchema,
  IdParamsSchema,
  PublishedFeedbackPageSchema,
  PublishedFeedbackQuerySchema,
  VersionSchema,
} from '@motcua/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config/config';
import { createCaptcha } from '../../lib/captcha';
import { officerSecurity, problems, sendAttachment, uploadedFile } from '../../lib/responses';
import { actorOf, officerOf } from '../../plugins/auth';
import { createFeedbackPublicService } from './feedback.public';
import { feedbackDocument, statisticsWorkbook } from './feedback.reports';
import { createFeedbackService } from './feedback.service';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FILE = z.unknown().describe('The file, as an attachment');

/** Citizen feedback (PAKN): anonymous submission and tracking, and the agencies' handling. */
export const feedbackRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const captcha = createCaptcha(app.db, config.jwtSecret);
  const publicService = createFeedbackPublicService(app.db, app.files, captcha, config.publicUrl);
  const service = createFeedbackService(app.db, app.files, config.publicUrl);
  await app.register(multipart, {
    limits: { fileSize: FEEDBACK_LIMITS.attachmentBytes, files: 1, fields: 2, parts: 3 },
  });
  const tags = ['feedback'];

  app.get('/public/captcha', {
    schema: {
      tags,
      summary: 'A proof-of-work challenge (ALTCHA) for the public forms; each solution is accepted once',
      response: { 200: z.unknown().describe('ALTCHA challenge: {parameters, signature}') },
    },
    handler: async (_request, reply) =>
      reply.header('cache-control', 'no-store').send(await captcha.challenge()),
  });

  app.get('/public/feedback/agencies', {
    schema: {
      tags,
      summary: 'Agencies that receive citizen feedback',
      response: { 200: FeedbackAgencyListSchema },
    },
    handler: () => publicService.agencies(),
  });

  app.post('/public/feedback/attachments', {
    schema: {
      tags,
      summary:
        'Stage one attachment (multipart field "file"; PDF, JPEG, PNG or DOCX, checked by content, at most 10 MB) for a submission or a supplement; needs a solved captcha in the x-captcha header',
      consumes: ['multipart/form-data'],
      headers: z.object({ 'x-captcha': z.string().max(4000).optional() }),
      response: { 201: FeedbackUploadSchema, ...problems(400, 413, 415) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await publicService.upload(request.headers['x-captcha'], () => uploadedFile(request))),
  });

  app.post('/public/feedback', {
    schema: {
      tags,
      summary: 'Send feedback on administrative rules or an official’s conduct; answers the tracking code',
      body: FeedbackSubmitSchema,
      response: { 201: FeedbackReceiptSchema, ...problems(400) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await publicService.submit(actorOf(request), request.body)),
  });

  app.get('/public/feedback', {
    schema: {
      tags,
      summary: 'Published answers, searchable without diacritics; senders are never shown',
      querystring: PublishedFeedbackQuerySchema,
      response: { 200: PublishedFeedbackPageSchema, ...problems(400) },
    },
    handler: (request) => publicService.published(request.query),
  });

  app.get('/public/feedback/:code', {
    schema: {
      tags,
      summary: 'Where a feedback stands, by its code; its content and answer once published',
      params: FeedbackCodeParamsSchema,
      response: { 200: FeedbackTrackingSchema, ...problems(400, 404) },
    },
    handler: (request) => publicService.track(request.params.code),
  });

  app.post('/public/feedback/:code/supplement', {
    schema: {
      tags,
      summary: 'Add the information the agency asked for (needs the access key given on submission)',
      params: FeedbackCodeParamsSchema,
      body: FeedbackSupplementSchema,
      response: { 200: FeedbackTrackingSchema, ...problems(400, 403, 404, 409) },
    },
    handler: (request) => publicService.supplement(actorOf(request), request.params.code, request.body),
  });

  app.post('/public/feedback/:code/rating', {
    schema: {
      tags,
      summary: 'Rate the published answer, once (needs the access key)',
      params: FeedbackCodeParamsSchema,
      body: FeedbackRateSchema,
      response: { 200: FeedbackTrackingSchema, ...problems(400, 403, 404, 409) },
    },
    handler: (request) => publicService.rate(actorOf(request), request.params.code, request.body),
  });

  app.get('/public/feedback/:code/answer-document', {
    schema: {
      tags,
      summary: 'The answer document of a published feedback',
      params: FeedbackCodeParamsSchema,
      response: { 200: FILE, ...problems(400, 404) },
    },
    handler: async (request, reply) =>
      sendAttachment(reply, await publicService.answerDocument(request.params.code)),
  });

  const officerRoutes: FastifyPluginAsyncZod = async (officers) => {
    officers.addHook('onRequest', app.requireOfficer);
    const common = { tags, security: officerSecurity };

    officers.get('/feedback', {
      schema: {
        ...common,
        summary: 'The unit’s feedback: waiting for classification, forwarded to it, or all it took part in',
        querystring: FeedbackQuerySchema,
        response: { 200: FeedbackPageSchema, ...problems(400, 401, 403) },
      },
      handler: (request) => service.queue(officerOf(request), request.query),
    });

    officers.get('/feedback/statistics', {
      schema: {
        ...common,
        summary: 'Counts by status, category, unit and month, on-time share and satisfaction',
        querystring: FeedbackStatisticsQuerySchema,
        response: { 200: FeedbackStatisticsSchema, ...problems(400, 401, 403) },
      },
      handler: (request) => service.statistics(officerOf(request), request.query),
    });

    officers.get('/feedback/statistics.xlsx', {
      schema: {
        ...common,
        summary: 'The statistics as an Excel workbook',
        querystring: FeedbackStatisticsQuerySchema,
        response: { 200: FILE, ...problems(400, 401, 403) },
      },
      handler: async (request, reply) => {
        const officer = officerOf(request);
        const stats = await service.statistics(officer, request.query);
        return reply
          .type(XLSX)
          .header(
            'content-disposition',
            `attachment; filename="thong-ke-phan-anh-${request.query.from}-${request.query.to}.xlsx"`,
          )
          .send(await statisticsWorkbook(stats, await service.unitName(officer)));
      },
    });

    officers.get('/feedback/:id', {
      schema: {
        ...common,
        summary:
          'One feedback with its sender, files, deadlines, history and the actions open to the officer',
        params: IdParamsSchema,
        response: { 200: FeedbackDetailSchema, ...problems(400, 401, 403, 404) },
      },
      handler: (request) => service.get(officerOf(request), request.params.id),
    });

    officers.get('/feedback/:id/targets', {
      schema: {
        ...common,
        summary:
          'Units the feedback may be forwarded to (within the agency) or transferred to (other agencies)',
        params: IdParamsSchema,
        response: { 200: FeedbackTargetsSchema, ...problems(400, 401, 403, 404) },
      },
      handler: (request) => service.targets(officerOf(request), request.params.id),
    });

    officers.post('/feedback/:id/actions', {
      schema: {
        ...common,
        summary:
          'Classify, forward, transfer, return, refuse, ask for information, answer, approve or publish',
        params: IdParamsSchema,
        body: FeedbackActionSchema,
        response: { 200: FeedbackDetailSchema, ...problems(400, 401, 403, 404, 409) },
      },
      handler: (request) =>
        service.act(officerOf(request), actorOf(request), request.params.id, request.body),
    });

    officers.post('/feedback/:id/answer-document', {
      schema: {
        ...common,
        summary: 'Attach or replace the answer document (multipart field "file"; PDF or DOCX)',
        consumes: ['multipart/form-data'],
        params: IdParamsSchema,
        querystring: z.object({ version: z.coerce.number().pipe(VersionSchema) }),
        response: { 200: FeedbackDetailSchema, ...problems(400, 401, 403, 404, 409, 413, 415) },
      },
      handler: (request) =>
        service.uploadAnswerDocument(
          officerOf(request),
          actorOf(request),
          request.params.id,
          request.query.version,
          () => uploadedFile(request),
        ),
    });

    officers.get('/feedback/:id/files/:fileId', {
      schema: {
        ...common,
        summary: 'A file of the feedback: the sender’s attachments or the answer document',
        params: IdParamsSchema.extend({ fileId: z.uuid() }),
        response: { 200: FILE, ...problems(400, 401, 403, 404) },
      },
      handler: async (request, reply) =>
        sendAttachment(
          reply,
          await service.file(officerOf(request), request.params.id, request.params.fileId),
        ),
    });

    officers.get('/feedback/:id/document', {
      schema: {
        ...common,
        summary: 'The feedback as a Word document, to attach to an official letter',
        params: IdParamsSchema,
        response: { 200: FILE, ...problems(400, 401, 403, 404) },
      },
      handler: async (request, reply) => {
        const detail = await service.get(officerOf(request), request.params.id);
        return reply
          .type(DOCX)
          .header('content-disposition', `attachment; filename="phan-anh-${detail.code}.docx"`)
          .send(await feedbackDocument(detail));
      },
    });
  };

  await app.register(officerRoutes);
};
