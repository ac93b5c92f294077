import { ProblemSchema } from '@motcua/shared';
import type { FastifyReply } from 'fastify';

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
