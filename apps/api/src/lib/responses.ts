import { ProblemSchema } from '@motcua/shared';

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
