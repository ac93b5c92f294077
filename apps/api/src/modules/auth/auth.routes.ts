import { ChangePasswordSchema, LoginResponseSchema, LoginSchema, MeSchema } from '@motcua/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config/config';
import { officerSecurity, problems } from '../../lib/responses';
import { actorOf, officerOf } from '../../plugins/auth';
import { createAuthService } from './auth.service';

const authRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const { sessions } = app;
  const service = createAuthService({
    db: app.db,
    config,
    sessions,
    sign: (sub) => app.signAccessToken({ sub, aud: 'officer' }),
  });
  const tags = ['auth'];

  app.post('/auth/login', {
    schema: {
      tags,
      summary: 'Officer sign-in. Returns an access token; the refresh token is set as an httpOnly cookie',
      body: LoginSchema,
      response: { 200: LoginResponseSchema, ...problems(400, 401, 423) },
    },
    handler: async (request, reply) => {
      const { body, refreshToken } = await service.login(request.body, actorOf(request));
      sessions.setCookie(reply, 'officer', refreshToken);
      return body;
    },
  });

  app.post('/auth/refresh', {
    schema: {
      tags,
      summary: 'Exchange the refresh cookie for a new access token (the refresh token rotates)',
      response: { 200: LoginResponseSchema, ...problems(401) },
    },
    handler: async (request, reply) => {
      const { body, refreshToken } = await service.refresh(sessions.readCookie(request, 'officer'));
      sessions.setCookie(reply, 'officer', refreshToken);
      return body;
    },
  });

  app.post('/auth/logout', {
    schema: {
      tags,
      summary: 'Sign out: revokes the refresh token family and clears the cookie',
      response: { 204: z.undefined() },
    },
    handler: async (request, reply) => {
      const token = sessions.readCookie(request, 'officer');
      if (token) await sessions.revoke('officer', token);
      sessions.clearCookie(reply, 'officer');
      return reply.code(204).send();
    },
  });

  app.get('/me', {
    onRequest: app.requireOfficer,
    schema: {
      tags,
      security: officerSecurity,
      summary: 'The signed-in officer with unit and roles',
      response: { 200: MeSchema, ...problems(401) },
    },
    handler: (request) => service.me(officerOf(request).id),
  });

  app.post('/me/password', {
    onRequest: app.requireOfficer,
    schema: {
      tags,
      security: officerSecurity,
      summary: 'Change own password; other sessions end, this one continues with new tokens',
      body: ChangePasswordSchema,
      response: { 200: LoginResponseSchema, ...problems(400, 401, 409) },
    },
    handler: async (request, reply) => {
      const officer = officerOf(request);
      const { body, refreshToken } = await service.changePassword(officer.id, actorOf(request), request.body);
      sessions.setCookie(reply, 'officer', refreshToken);
      return body;
    },
  });
};

export default authRoutes;
