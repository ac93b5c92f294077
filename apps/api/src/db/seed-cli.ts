// `pnpm db:seed`: migrates and seeds the demo data into the configured database when it is empty.
import { loadConfig } from '../config/config';
import { createFileStore } from '../lib/files';
import { signerFor } from '../plugins/files';
import { openDatabase } from './client';
import { seedDemo } from './seed';

const config = loadConfig();
if (config.env === 'production') {
  console.error('Refusing to seed demo accounts with NODE_ENV=production.');
  process.exit(1);
}
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : config.dataDir,
});
try {
  await database.migrate();
  const seeded = await seedDemo(
    database.db,
    (message) => console.warn(message),
    createFileStore(config.filesDir),
    signerFor(config),
  );
  if (!seeded) console.warn('The database already has units; nothing seeded.');
} finally {
  await database.close();
}
