import type { Readable } from 'node:stream';
import { ProblemSchema } from '@motcua/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { invalid } from './errors';

/** Problem responses for a route's schema: each listed status documented as problem+json. */
export function problems(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: 'Problem details (RFC 9457)',
        content: { 'application/problem+json': { schema: ProblemSchema } },
      },
    ]),
  );
}

export const officerSecurity = [{ officerToken: [] }];
export const citizenSecurity = [{ citizenToken: [] }];

/** A generated PDF, shown in the browser (and printable) rather than forced to download. */
export function sendPdf(reply: FastifyReply, { pdf, filename }: { pdf: Buffer; filename: string }) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="${filename}"`)
    .send(pdf);
}

/**
 * A stored file, always as a download: an uploaded file is never rendered by the browser on our origin. A large
 * generated file (an export) is streamed from the store rather than read whole.
 */
export function sendAttachment(
  reply: FastifyReply,
  { file, bytes }: { file: { mime: string; name: string }; bytes: Buffer | Readable },
) {
  return reply
    .type(file.mime)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .header('x-content-type-options', 'nosniff')
    .send(bytes);
}

/** The one file of a multipart upload (field "file"), read only when the caller may upload it. */
export async function uploadedFile(request: FastifyRequest) {
  const part = await request.file();
  if (!part) throw invalid('file', 'Chọn tệp để tải lên');
  return { bytes: await part.toBuffer(), filename: part.filename };
}
