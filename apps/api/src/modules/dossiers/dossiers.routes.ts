import {
  AssigneesSchema,
  BulkAssignResultSchema,
  BulkAssignSchema,
  CitizenDossierListSchema,
  CitizenDossierSchema,
  CitizenFileQuerySchema,
  RatingSchema,
  StopRequestSchema,
  SupplementSubmitSchema,
  CounterIntakeSchema,
  OnlineSubmissionSchema,
  PaymentParamsSchema,
  SLIP_FORMS,
  DateStringSchema,
  DossierFileSchema,
  FileParamsSchema,
  FileUploadQuerySchema,
  SignatureVerificationSchema,
  SigningKeySchema,
  DossierActionSchema,
  DossierCodeParamsSchema,
  DossierListQuerySchema,
  DossierPageSchema,
  DossierQueueCountsSchema,
  DossierSchema,
  IdParamsSchema,
  PublicDossierSchema,
} from '@motcua/shared';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config/config';
import { invalid } from '../../lib/errors';
import { ACCEPTED_TYPES, MAX_FILE_BYTES } from '../../lib/files';
import {
  citizenSecurity,
  officerSecurity,
  problems,
  sendAttachment,
  sendPdf,
  uploadedFile,
} from '../../lib/responses';
import { actorOf, citizenIdOf, officerOf } from '../../plugins/auth';
import { createDossiersService } from './dossiers.service';

const SlipParamsSchema = IdParamsSchema.extend({ form: z.enum(SLIP_FORMS) });
const RegisterQuerySchema = z.object({ from: DateStringSchema, to: DateStringSchema });
const PDF_RESPONSE = z.unknown().describe('application/pdf, as an attachment');

export const dossiersRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const service = createDossiersService({
    db: app.db,
    files: app.files,
    signer: app.signer,
    publicUrl: config.publicUrl,
  });
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5, parts: 6 } });
  app.addHook('onRequest', app.requireOfficer);
  const common = { tags: ['dossiers'], security: officerSecurity };

  app.post('/dossiers', {
    schema: {
      ...common,
      summary: 'Receive a dossier at the counter: numbered, appointment computed, receipt ready to print',
      body: CounterIntakeSchema,
      response: { 201: DossierSchema, ...problems(400, 401, 403) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.intake(officerOf(request), actorOf(request), request.body)),
  });

  app.get('/dossiers', {
    schema: {
      ...common,
      summary: 'A work queue of the caller’s unit, or a search of the dossiers within reach (keyset pages)',
      querystring: DossierListQuerySchema,
      response: { 200: DossierPageSchema, ...problems(400, 401, 403) },
    },
    handler: (request) => service.list(officerOf(request), request.query),
  });

  app.get('/dossiers/queues', {
    schema: {
      ...common,
      summary: 'How many dossiers wait in each queue of the caller’s unit',
      response: { 200: DossierQueueCountsSchema, ...problems(401, 403) },
    },
    handler: (request) => service.queueCounts(officerOf(request)),
  });

  app.get('/dossiers/assignees', {
    schema: {
      ...common,
      summary: 'Officers a division head can assign, with their open dossiers',
      response: { 200: AssigneesSchema, ...problems(401, 403) },
    },
    handler: (request) => service.assignees(officerOf(request)),
  });

  app.post('/dossiers/bulk-assign', {
    schema: {
      ...common,
      summary: 'Assign several dossiers to one officer; each succeeds or fails on its own',
      body: BulkAssignSchema,
      response: { 200: BulkAssignResultSchema, ...problems(400, 401, 403) },
    },
    handler: (request) =>
      service.bulkAssign(
        officerOf(request),
        actorOf(request),
        request.body.assigneeId,
        request.body.dossiers,
      ),
  });

  app.get('/dossiers/register', {
    schema: {
      ...common,
      summary: 'Mẫu 07: the dossier register of the caller’s unit over a period, as PDF',
      querystring: RegisterQuerySchema,
      response: { 200: PDF_RESPONSE, ...problems(400, 401, 403) },
    },
    handler: async (request, reply) => {
      return sendPdf(reply, await service.register(officerOf(request), request.query.from, request.query.to));
    },
  });

  app.get('/dossiers/:id/slips/:form', {
    schema: {
      ...common,
      summary:
        'A standard slip of the dossier as PDF: 01 receipt, 02 supplement request, 03 refusal, 04 apology and extension, 05 stop notice, 06 process-control sheet',
      params: SlipParamsSchema,
      response: { 200: PDF_RESPONSE, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) => {
      return sendPdf(reply, await service.slip(officerOf(request), request.params.id, request.params.form));
    },
  });

  app.post('/dossiers/:id/files', {
    schema: {
      ...common,
      summary:
        'Attach a file (multipart field "file"): a scanned component, a supplement or the result; PDF, JPEG or PNG, checked by content',
      params: IdParamsSchema,
      querystring: FileUploadQuerySchema,
      consumes: ['multipart/form-data'],
      response: { 201: DossierFileSchema, ...problems(400, 401, 403, 404, 409, 413, 415) },
    },
    handler: async (request, reply) => {
      const file = await service.uploadFile(
        officerOf(request),
        actorOf(request),
        request.params.id,
        { kind: request.query.kind, componentIndex: request.query.componentIndex },
        () => uploadedFile(request),
      );
      return reply.code(201).send(file);
    },
  });

  app.get('/dossiers/:id/files/:fileId', {
    schema: {
      ...common,
      summary: 'Download a file of the dossier (always as an attachment)',
      params: FileParamsSchema,
      response: { 200: z.unknown().describe('The file'), ...problems(400, 401, 403, 404) },
    },
    handler: async (request, reply) =>
      sendAttachment(
        reply,
        await service.downloadFile(officerOf(request), request.params.id, request.params.fileId),
      ),
  });

  app.get('/dossiers/:id/payments/:paymentId/receipt', {
    schema: {
      ...common,
      summary: 'The receipt (biên lai) of a fee paid for the dossier, as PDF',
      params: PaymentParamsSchema,
      response: { 200: PDF_RESPONSE, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) => {
      return sendPdf(
        reply,
        await service.receipt({ officer: officerOf(request) }, request.params.id, request.params.paymentId),
      );
    },
  });

  app.get('/dossiers/:id', {
    schema: {
      ...common,
      summary:
        'A dossier with its steps, appointment derivation, processing log and the actions allowed to the caller',
      params: IdParamsSchema,
      response: { 200: DossierSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (request) => service.get(officerOf(request), request.params.id),
  });

  app.post('/dossiers/:id/actions', {
    schema: {
      ...common,
      summary:
        'Act on a dossier (accept, hand over, assign, submit, send back, sign, return, supplement, refuse, stop, ' +
        'withdraw, extend, record payment). 409 names the actions the current state allows.',
      params: IdParamsSchema,
      body: DossierActionSchema,
      response: { 200: DossierSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: (request) =>
      service.transition(officerOf(request), actorOf(request), request.params.id, request.body),
  });
};

export const publicDossiersRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createDossiersService({ db: app.db, files: app.files, signer: app.signer });
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5, parts: 6 } });
  for (const type of ACCEPTED_TYPES.keys()) {
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES }, (_request, body, done) =>
      done(null, body),
    );
  }

  app.post('/public/verify', {
    schema: {
      tags: ['public'],
      summary:
        'Check a result file against the signatures issued here: its bytes as application/pdf, image/jpeg or image/png, or a multipart upload (field "file")',
      body: z.instanceof(Buffer).nullish(),
      response: { 200: SignatureVerificationSchema, ...problems(400, 413, 415) },
    },
    handler: async (request) => {
      if (request.isMultipart()) return service.verify((await uploadedFile(request)).bytes);
      if (!request.body) throw invalid('body', 'Gửi tệp cần kiểm tra');
      return service.verify(request.body);
    },
  });

  app.get('/public/signing-key', {
    schema: {
      tags: ['public'],
      summary: 'The public key that verifies signed results offline',
      response: { 200: SigningKeySchema },
    },
    handler: () => ({
      keyId: app.signer.keyId,
      algorithm: app.signer.algorithm,
      publicKeyPem: app.signer.publicKeyPem,
      signs: 'The SHA-256 digest (32 bytes) of the result file',
    }),
  });

  app.get('/public/dossiers/:code', {
    schema: {
      tags: ['public'],
      summary: 'Track a dossier by its code without signing in (the applicant’s name is masked)',
      params: DossierCodeParamsSchema,
      response: { 200: PublicDossierSchema, ...problems(400, 404) },
    },
    handler: (request) => service.track(request.params.code),
  });
};

/** A citizen's own dossiers on the portal: submit online, list, follow. */
export const citizenDossiersRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const service = createDossiersService({
    db: app.db,
    files: app.files,
    signer: app.signer,
    publicUrl: config.publicUrl,
  });
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5, parts: 6 } });
  app.addHook('onRequest', app.requireCitizen);
  const common = { tags: ['citizens'], security: citizenSecurity };

  app.post('/citizen/dossiers', {
    schema: {
      ...common,
      summary: 'Submit a dossier online; it gets its code at once and waits for the agency to accept it',
      body: OnlineSubmissionSchema,
      response: { 201: CitizenDossierSchema, ...problems(400, 401) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.submitOnline(citizenIdOf(request), actorOf(request), request.body)),
  });

  app.get('/citizen/dossiers', {
    schema: {
      ...common,
      summary: 'The signed-in citizen’s dossiers, newest first',
      response: { 200: CitizenDossierListSchema, ...problems(401) },
    },
    handler: (request) => service.citizenDossiers(citizenIdOf(request)),
  });

  app.get('/citizen/dossiers/:id/payments/:paymentId/receipt', {
    schema: {
      ...common,
      summary: 'The receipt of a fee the citizen paid for their dossier, as PDF',
      params: PaymentParamsSchema,
      response: { 200: z.unknown().describe('application/pdf'), ...problems(400, 401, 404, 409) },
    },
    handler: async (request, reply) => {
      return sendPdf(
        reply,
        await service.receipt(
          { citizenId: citizenIdOf(request) },
          request.params.id,
          request.params.paymentId,
        ),
      );
    },
  });

  app.get('/citizen/dossiers/:id', {
    schema: {
      ...common,
      summary: 'One of the signed-in citizen’s dossiers with its timeline and appointment',
      params: IdParamsSchema,
      response: { 200: CitizenDossierSchema, ...problems(400, 401, 404) },
    },
    handler: (request) => service.citizenDossier(citizenIdOf(request), request.params.id),
  });

  app.get('/citizen/dossiers/:id/slips/:form', {
    schema: {
      ...common,
      summary:
        'A slip handed to the applicant (Mẫu 01 receipt and appointment, 02 supplement request, 03 refusal, 04 apology, 05 stop), as PDF',
      params: SlipParamsSchema,
      response: { 200: PDF_RESPONSE, ...problems(400, 401, 404, 409) },
    },
    handler: async (request, reply) =>
      sendPdf(reply, await service.citizenSlip(citizenIdOf(request), request.params.id, request.params.form)),
  });

  app.get('/citizen/dossiers/:id/files/:fileId', {
    schema: {
      ...common,
      summary: 'Download a file of the citizen’s dossier: what they submitted, and the result once returned',
      params: FileParamsSchema,
      response: { 200: z.unknown().describe('The file'), ...problems(400, 401, 404) },
    },
    handler: async (request, reply) =>
      sendAttachment(
        reply,
        await service.citizenDownload(citizenIdOf(request), request.params.id, request.params.fileId),
      ),
  });

  app.post('/citizen/dossiers/:id/files', {
    schema: {
      ...common,
      summary:
        'Upload a document the agency asked for (multipart field "file"; PDF, JPEG or PNG, checked by content)',
      params: IdParamsSchema,
      querystring: CitizenFileQuerySchema,
      consumes: ['multipart/form-data'],
      response: { 201: DossierFileSchema, ...problems(400, 401, 404, 409, 413, 415) },
    },
    handler: async (request, reply) => {
      const file = await service.citizenUpload(
        citizenIdOf(request),
        actorOf(request),
        request.params.id,
        request.query.componentIndex,
        () => uploadedFile(request),
      );
      return reply.code(201).send(file);
    },
  });

  app.post('/citizen/dossiers/:id/supplement', {
    schema: {
      ...common,
      summary:
        'Send the requested documents: the dossier goes back to the agency and the legal clock resumes',
      params: IdParamsSchema,
      body: SupplementSubmitSchema,
      response: { 200: CitizenDossierSchema, ...problems(400, 401, 404, 409) },
    },
    handler: (request) =>
      service.submitSupplement(
        citizenIdOf(request),
        actorOf(request),
        request.params.id,
        request.body.comment,
        request.body.version,
      ),
  });

  app.post('/citizen/dossiers/:id/stop-request', {
    schema: {
      ...common,
      summary:
        'Withdraw a dossier the agency has not accepted yet, or ask the agency to stop one it is working on',
      params: IdParamsSchema,
      body: StopRequestSchema,
      response: { 200: CitizenDossierSchema, ...problems(400, 401, 404, 409) },
    },
    handler: (request) =>
      service.stopRequest(
        citizenIdOf(request),
        actorOf(request),
        request.params.id,
        request.body.reason,
        request.body.version,
      ),
  });

  app.post('/citizen/dossiers/:id/rating', {
    schema: {
      ...common,
      summary: 'Rate the service once the result is returned (satisfied, or not with reasons)',
      params: IdParamsSchema,
      body: RatingSchema,
      response: { 200: CitizenDossierSchema, ...problems(400, 401, 404, 409) },
    },
    handler: (request) =>
      service.rate(citizenIdOf(request), actorOf(request), request.params.id, request.body),
  });
};
