import {
  CalendarYearParamsSchema,
  CalendarYearSchema,
  CalendarYearUpdateSchema,
  DueDateQuerySchema,
  DueDateResponseSchema,
} from '@motcua/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { officerSecurity, problems } from '../../lib/responses';
import { actorOf, officerOf } from '../../plugins/auth';
import { createCalendarService } from './calendar.service';

const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createCalendarService(app.db);
  const tags = ['calendar'];

  app.get('/calendar/due-date', {
    schema: {
      tags,
      summary: 'The legal clock: the due date of a time limit from a time of receipt, with its derivation',
      querystring: DueDateQuerySchema,
      response: { 200: DueDateResponseSchema, ...problems(400) },
    },
    handler: (request) => service.dueDate(request.query),
  });

  const officer = { onRequest: app.requireOfficer };

  app.get('/calendar/years/:year', {
    ...officer,
    schema: {
      tags,
      security: officerSecurity,
      summary: 'Days off on weekdays and make-up Saturdays of a year',
      params: CalendarYearParamsSchema,
      response: { 200: CalendarYearSchema, ...problems(400, 401, 403) },
    },
    handler: (request) => service.year(officerOf(request), request.params.year),
  });

  app.get('/calendar/years/:year/proposal', {
    ...officer,
    schema: {
      tags,
      security: officerSecurity,
      summary:
        'A proposal of the year’s days off (lunar holidays, compensation days) for the administrator to confirm',
      params: CalendarYearParamsSchema,
      response: { 200: CalendarYearSchema, ...problems(400, 401, 403) },
    },
    handler: (request) => service.proposal(officerOf(request), request.params.year),
  });

  app.put('/calendar/years/:year', {
    ...officer,
    schema: {
      tags,
      security: officerSecurity,
      summary: 'Replace the days off and make-up Saturdays of a year (national administrators only)',
      params: CalendarYearParamsSchema,
      body: CalendarYearUpdateSchema,
      response: { 200: CalendarYearSchema, ...problems(400, 401, 403) },
    },
    handler: (request) =>
      service.replaceYear(officerOf(request), actorOf(request), request.params.year, request.body.days),
  });
};

export default calendarRoutes;
