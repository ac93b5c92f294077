import fp from 'fastify-plugin';
import type { Database, DatabaseHandle } from '../db/client';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    database: DatabaseHandle;
  }
}

/** Exposes the database opened by the caller; closes it when the server closes. */
export default fp(
  async function dbPlugin(app, options: { database: DatabaseHandle }) {
    app.decorate('database', options.database);
    app.decorate('db', options.database.db);
    app.addHook('onClose', () => options.database.close());
  },
  { name: 'db' },
);
