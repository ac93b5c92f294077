import path from 'node:path';
import fp from 'fastify-plugin';
import type { Config } from '../config/config';
import { createFileStore, type FileStore } from '../lib/files';
import { loadSigner, type Signer } from '../lib/signing';

declare module 'fastify' {
  interface FastifyInstance {
    files: FileStore;
    signer: Signer;
  }
}

/** The file store (local disk outside the web root) and the key that signs results. */
/** The key results are signed with: from the environment in production, else generated once in the data directory. */
export function signerFor(config: Config): Signer {
  return loadSigner({
    signingKey: config.signingKey,
    keyDir: config.env === 'production' ? undefined : path.join(config.dataDir, 'keys'),
  });
}

export default fp(
  async function filesPlugin(app, { config }: { config: Config }) {
    app.decorate('files', createFileStore(config.filesDir));
    app.decorate('signer', signerFor(config));
  },
  { name: 'files' },
);
