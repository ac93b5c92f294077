import {
  CitizenDocumentListSchema,
  CitizenDossierSchema,
  DraftCreateSchema,
  DraftFileParamsSchema,
  DraftFileQuerySchema,
  DraftFileSchema,
  DraftListSchema,
  DraftReuseSchema,
  DraftSchema,
  DraftSubmitSchema,
  DraftUpdateSchema,
  IdParamsSchema,
} from '@motcua/shared';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config/config';
import { MAX_FILE_BYTES } from '../../lib/files';
import { citizenSecurity, problems, uploadedFile } from '../../lib/responses';
import { actorOf, citizenIdOf } from '../../plugins/auth';
import { createDossiersService } from '../dossiers/dossiers.service';
import { createSubmissionService } from './submission.service';

/** Online submission on the portal: drafts kept on the server, their files, submission; the citizen's documents. */
export const submissionRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const dossiers = createDossiersService({
    db: app.db,
    files: app.files,
    signer: app.signer,
    publicUrl: config.publicUrl,
  });
  const service = createSubmissionService({ db: app.db, files: app.files, dossiers });
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5, parts: 6 } });
  app.addHook('onRequest', app.requireCitizen);
  const common = { tags: ['submission'], security: citizenSecurity };

  app.get('/citizen/drafts', {
    schema: {
      ...common,
      summary: 'The citizen’s dossiers being filled in, most recent first',
      response: { 200: DraftListSchema, ...problems(401) },
    },
    handler: (request) => service.list(citizenIdOf(request)),
  });

  app.post('/citizen/drafts', {
    schema: {
      ...common,
      summary: 'Start filling in a dossier of a procedure offered online; the applicant is pre-filled',
      body: DraftCreateSchema,
      response: { 201: DraftSchema, ...problems(400, 401, 409) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await service.create(citizenIdOf(request), actorOf(request), request.body.procedureCode)),
  });

  app.get('/citizen/drafts/:id', {
    schema: {
      ...common,
      summary: 'A draft with its files',
      params: IdParamsSchema,
      response: { 200: DraftSchema, ...problems(400, 401, 404, 409) },
    },
    handler: (request) => service.get(citizenIdOf(request), request.params.id),
  });

  app.put('/citizen/drafts/:id', {
    schema: {
      ...common,
      summary: 'Save what was typed (checked only on submission); 409 if saved meanwhile from elsewhere',
      params: IdParamsSchema,
      body: DraftUpdateSchema,
      response: { 200: DraftSchema, ...problems(400, 401, 404, 409) },
    },
    handler: (request) =>
      service.update(citizenIdOf(request), request.params.id, request.body.data, request.body.version),
  });

  app.delete('/citizen/drafts/:id', {
    schema: {
      ...common,
      summary: 'Delete a draft and its files',
      params: IdParamsSchema,
      response: { 204: z.null().describe('Deleted'), ...problems(400, 401, 404, 409) },
    },
    handler: async (request, reply) => {
      await service.remove(citizenIdOf(request), actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  });

  app.post('/citizen/drafts/:id/files', {
    schema: {
      ...common,
      summary:
        'Upload a scan of one component (multipart field "file"; PDF, JPEG or PNG, checked by content)',
      params: IdParamsSchema,
      querystring: DraftFileQuerySchema,
      consumes: ['multipart/form-data'],
      response: { 201: DraftFileSchema, ...problems(400, 401, 404, 409, 413, 415) },
    },
    handler: async (request, reply) => {
      const file = await service.upload(
        citizenIdOf(request),
        request.params.id,
        request.query.componentIndex,
        () => uploadedFile(request),
      );
      return reply.code(201).send(file);
    },
  });

  app.post('/citizen/drafts/:id/documents', {
    schema: {
      ...common,
      summary: 'Attach one of the citizen’s documents to a component instead of uploading it again',
      params: IdParamsSchema,
      body: DraftReuseSchema,
      response: { 201: DraftFileSchema, ...problems(400, 401, 404, 409) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.reuse(
            citizenIdOf(request),
            request.params.id,
            request.body.componentIndex,
            request.body.documentId,
          ),
        ),
  });

  app.delete('/citizen/drafts/:id/files/:fileId', {
    schema: {
      ...common,
      summary: 'Remove a file from a draft',
      params: DraftFileParamsSchema,
      response: { 204: z.null().describe('Removed'), ...problems(400, 401, 404, 409) },
    },
    handler: async (request, reply) => {
      await service.removeFile(citizenIdOf(request), request.params.id, request.params.fileId);
      return reply.code(204).send(null);
    },
  });

  app.post('/citizen/drafts/:id/submit', {
    schema: {
      ...common,
      summary:
        'Submit the draft: 201 with the new dossier (code at once, waiting for intake); a repeat answers 200 with the same dossier',
      params: IdParamsSchema,
      body: DraftSubmitSchema,
      response: { 200: CitizenDossierSchema, 201: CitizenDossierSchema, ...problems(400, 401, 404, 409) },
    },
    handler: async (request, reply) => {
      const { created, dossier } = await service.submit(
        citizenIdOf(request),
        actorOf(request),
        request.params.id,
        request.body.version,
      );
      return reply.code(created ? 201 : 200).send(dossier);
    },
  });

  app.get('/citizen/documents', {
    schema: {
      ...common,
      summary:
        'The citizen’s documents: digitised papers of their dossiers and the electronic results returned',
      response: { 200: CitizenDocumentListSchema, ...problems(401) },
    },
    handler: (request) => service.documents(citizenIdOf(request)),
  });
};
