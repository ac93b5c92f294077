import {
  IdParamsSchema,
  OfficerQuestionPageSchema,
  OfficerQuestionQuerySchema,
  OfficerQuestionSchema,
  PublicQuestionQuerySchema,
  QuestionAnswerSchema,
  QuestionCreateSchema,
  QuestionListSchema,
  QuestionPageSchema,
  QuestionSchema,
} from '@motcua/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config/config';
import { citizenSecurity, officerSecurity, problems } from '../../lib/responses';
import { actorOf, citizenIdOf, officerOf } from '../../plugins/auth';
import { createQuestionsService } from './questions.service';

/** Questions and answers: citizens ask, agencies answer, answers are public. */
export const questionsRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const service = createQuestionsService(app.db, config.publicUrl);

  app.get('/public/questions', {
    schema: {
      tags: ['questions'],
      summary:
        'Published answers to citizens’ questions, searchable without diacritics (askers are not shown)',
      querystring: PublicQuestionQuerySchema,
      response: { 200: QuestionPageSchema, ...problems(400) },
    },
    handler: (request) => service.published(request.query),
  });

  const citizenRoutes: FastifyPluginAsyncZod = async (citizen) => {
    citizen.addHook('onRequest', app.requireCitizen);
    const common = { tags: ['questions'], security: citizenSecurity };

    citizen.post('/citizen/questions', {
      schema: {
        ...common,
        summary: 'Ask the agency responsible for a procedure',
        body: QuestionCreateSchema,
        response: { 201: QuestionSchema, ...problems(400, 401) },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await service.ask(citizenIdOf(request), actorOf(request), request.body)),
    });

    citizen.get('/citizen/questions', {
      schema: {
        ...common,
        summary: 'The signed-in citizen’s questions and their answers',
        response: { 200: QuestionListSchema, ...problems(401) },
      },
      handler: (request) => service.mine(citizenIdOf(request)),
    });
  };

  const officerRoutes: FastifyPluginAsyncZod = async (officers) => {
    officers.addHook('onRequest', app.requireOfficer);
    const common = { tags: ['questions'], security: officerSecurity };

    officers.get('/questions', {
      schema: {
        ...common,
        summary:
          'Questions addressed to the officer’s unit (a leader’s: the units under them), pending first',
        querystring: OfficerQuestionQuerySchema,
        response: { 200: OfficerQuestionPageSchema, ...problems(400, 401, 403) },
      },
      handler: (request) => service.addressed(officerOf(request), request.query),
    });

    officers.post('/questions/:id/answer', {
      schema: {
        ...common,
        summary: 'Answer a question; the answer is published at once and the citizen is told',
        params: IdParamsSchema,
        body: QuestionAnswerSchema,
        response: { 200: OfficerQuestionSchema, ...problems(400, 401, 403, 404, 409) },
      },
      handler: (request) =>
        service.answer(
          officerOf(request),
          actorOf(request),
          request.params.id,
          request.body.answer,
          request.body.version,
        ),
    });
  };

  await app.register(citizenRoutes);
  await app.register(officerRoutes);
};
