import closeWithGrace from 'close-with-grace';
import { buildApp } from './app';
import { loadConfig } from './config/config';
import { openDatabase } from './db/client';
import { seedDemo } from './db/seed';
import { createDelivery, sendersFromConfig } from './modules/notifications/notifications.delivery';
import { createNotificationsService } from './modules/notifications/notifications.service';

const config = loadConfig();
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : config.dataDir,
});
await database.migrate();
const app = await buildApp(config, database);
if (config.seedDemo) {
  await seedDemo(database.db, (message) => app.log.info(message), app.files, app.signer);
}

if (config.alertIntervalMinutes > 0) {
  const alerts = createNotificationsService(database.db, config.publicUrl);
  const scan = () =>
    alerts.scanDueAlerts().then(
      (result) => result.created > 0 && app.log.info(result, 'due-date alerts sent'),
      (err: unknown) => app.log.error({ err }, 'due-date alert scan failed'),
    );
  const timer = setInterval(scan, config.alertIntervalMinutes * 60_000);
  timer.unref();
  app.addHook('onClose', () => clearInterval(timer));
  void scan();
}

if (config.deliveryIntervalSeconds > 0) {
  const delivery = createDelivery(database.db, sendersFromConfig(config));
  let running = false;
  const deliver = async () => {
    if (running) return;
    running = true;
    try {
      const result = await delivery.deliverDue();
      if (result.sent + result.retrying + result.failed > 0) app.log.info(result, 'outbox delivered');
    } catch (err) {
      app.log.error({ err }, 'outbox delivery failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void deliver(), config.deliveryIntervalSeconds * 1000);
  timer.unref();
  app.addHook('onClose', () => clearInterval(timer));
}

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  else app.log.info({ signal }, 'shutting down');
  await app.close();
});

await app.listen({ host: config.host, port: config.port });
app.log.info(
  { engine: database.engine, url: `http://localhost:${config.port}` },
  'Một Cửa is ready: portal at /, admin at /admin/, API docs at /api/docs',
);
