import { existsSync } from 'node:fs';
import path from 'node:path';
import staticFiles from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

export type SpaRoots = { portal: string; admin: string };

/** The built SPAs: portal at `/`, admin at `/admin/`. Hashed assets are cached for a year, index.html never. */
export default fp(
  async function spaPlugin(app, { roots }: { roots: SpaRoots }) {
    for (const [prefix, root] of [
      ['/admin/', roots.admin],
      ['/', roots.portal],
    ] as const) {
      if (!existsSync(path.join(root, 'index.html'))) {
        app.log.warn({ root }, 'SPA build not found; run `pnpm build`');
        continue;
      }
      await app.register(staticFiles, {
        root,
        prefix,
        index: 'index.html',
        // Wildcard routes look files up at request time, so a rebuilt SPA is served without a restart;
        // a path that is no file falls through to the not-found handler and gets index.html.
        wildcard: true,
        decorateReply: prefix === '/',
        setHeaders(res, file) {
          res.header(
            'cache-control',
            file.includes(`${path.sep}assets${path.sep}`)
              ? 'public, max-age=31536000, immutable'
              : 'no-cache',
          );
        },
      });
    }
  },
  { name: 'spa' },
);

/** Client-side routes: any unknown GET outside /api gets the owning SPA's index.html. */
export function spaFallback(roots: SpaRoots) {
  return (request: FastifyRequest, reply: FastifyReply) => {
    const isAdmin = request.url === '/admin' || request.url.startsWith('/admin/');
    return reply
      .header('cache-control', 'no-cache')
      .sendFile('index.html', isAdmin ? roots.admin : roots.portal);
  };
}
