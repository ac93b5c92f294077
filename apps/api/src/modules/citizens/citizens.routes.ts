import {
  ChangePasswordSchema,
  CitizenLoginResponseSchema,
  CitizenLoginSchema,
  CitizenProfileUpdateSchema,
  CitizenRegisterSchema,
  CitizenSchema,
  PasswordResetConfirmSchema,
  PasswordResetRequestSchema,
} from '@motcua/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config/config';
import { citizenSecurity, problems } from '../../lib/responses';
import { actorOf, citizenIdOf } from '../../plugins/auth';
import { createCitizensService } from './citizens.service';

/** Citizen accounts of the portal, under /citizen: own token audience, own refresh cookie. */
const citizensRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const { sessions } = app;
  const service = createCitizensService({
    db: app.db,
    config,
    sessions,
    sign: (sub) => app.signAccessToken({ sub, aud: 'citizen' }),
  });
  const tags = ['citizens'];
  const withCookie = (reply: Parameters<typeof sessions.setCookie>[0], result: { refreshToken: string }) =>
    sessions.setCookie(reply, 'citizen', result.refreshToken);

  app.post('/citizen/auth/register', {
    schema: {
      tags,
      summary: 'Register a citizen account (phone or e-mail, personal identification number) and sign in',
      body: CitizenRegisterSchema,
      response: { 201: CitizenLoginResponseSchema, ...problems(400, 409) },
    },
    handler: async (request, reply) => {
      const result = await service.register(request.body, actorOf(request));
      withCookie(reply, result);
      return reply.code(201).send(result.body);
    },
  });

  app.post('/citizen/auth/login', {
    schema: {
      tags,
      summary: 'Citizen sign-in with phone number or e-mail',
      body: CitizenLoginSchema,
      response: { 200: CitizenLoginResponseSchema, ...problems(400, 401, 423) },
    },
    handler: async (request, reply) => {
      const result = await service.login(request.body, actorOf(request));
      withCookie(reply, result);
      return result.body;
    },
  });

  app.post('/citizen/auth/refresh', {
    schema: {
      tags,
      summary: 'Exchange the citizen refresh cookie for a new access token',
      response: { 200: CitizenLoginResponseSchema, ...problems(401) },
    },
    handler: async (request, reply) => {
      const result = await service.refresh(sessions.readCookie(request, 'citizen'));
      withCookie(reply, result);
      return result.body;
    },
  });

  app.post('/citizen/auth/password-reset', {
    schema: {
      tags,
      summary:
        'Ask for a password reset link (sent by e-mail or SMS); the answer is the same for unknown accounts',
      body: PasswordResetRequestSchema,
      response: { 202: z.object({ sent: z.literal(true) }), ...problems(400) },
    },
    handler: async (request, reply) => {
      await service.requestPasswordReset(request.body.login, actorOf(request));
      return reply.code(202).send({ sent: true as const });
    },
  });

  app.post('/citizen/auth/password-reset/confirm', {
    schema: {
      tags,
      summary: 'Set a new password with the one-time token from the link; every session ends',
      body: PasswordResetConfirmSchema,
      response: { 204: z.undefined(), ...problems(400) },
    },
    handler: async (request, reply) => {
      await service.confirmPasswordReset(request.body.token, request.body.newPassword, actorOf(request));
      return reply.code(204).send();
    },
  });

  app.post('/citizen/auth/logout', {
    schema: { tags, summary: 'Citizen sign-out', response: { 204: z.undefined() } },
    handler: async (request, reply) => {
      const token = sessions.readCookie(request, 'citizen');
      if (token) await sessions.revoke('citizen', token);
      sessions.clearCookie(reply, 'citizen');
      return reply.code(204).send();
    },
  });

  // Authentication runs first, before the body is parsed and validated.
  const guarded = { onRequest: app.requireCitizen };
  const secured = { tags, security: citizenSecurity };

  app.get('/citizen/me', {
    ...guarded,
    schema: { ...secured, summary: 'Own profile', response: { 200: CitizenSchema, ...problems(401) } },
    handler: (request) => service.profile(citizenIdOf(request)),
  });

  app.put('/citizen/me', {
    ...guarded,
    schema: {
      ...secured,
      summary: 'Update own profile (the identification number cannot change)',
      body: CitizenProfileUpdateSchema,
      response: { 200: CitizenSchema, ...problems(400, 401, 409) },
    },
    handler: (request) => service.updateProfile(citizenIdOf(request), actorOf(request), request.body),
  });

  app.post('/citizen/me/password', {
    ...guarded,
    schema: {
      ...secured,
      summary: 'Change own password; other sessions end',
      body: ChangePasswordSchema,
      response: { 200: CitizenLoginResponseSchema, ...problems(400, 401, 409) },
    },
    handler: async (request, reply) => {
      const result = await service.changePassword(citizenIdOf(request), actorOf(request), request.body);
      withCookie(reply, result);
      return result.body;
    },
  });
};

export default citizensRoutes;
