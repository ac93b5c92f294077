// First start of a real deployment: creates the root unit and the first system administrator in an empty
// database. The password is read from standard input so that it never appears in the process list or shell history:
//   printf '%s' "$ADMIN_PASSWORD" | node apps/api/dist/db/bootstrap-cli.js --unit-name "UBND tỉnh …" \
//     --unit-code H44 --unit-prefix qti --username qti.qt --full-name "Quản trị hệ thống"
import { randomUUID } from 'node:crypto';
import { text } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import {
  AccountPrefixSchema,
  PasswordSchema,
  textSchema,
  UnitCodeSchema,
  UNIT_LEVELS,
  UsernameSchema,
} from '@motcua/shared';
import { count } from 'drizzle-orm';
import { z } from 'zod';
import { loadConfig } from '../config/config';
import { hashPassword } from '../lib/passwords';
import { todayInVietnam } from '../lib/time';
import { openDatabase } from './client';
import { auditLog, units, users } from './schema';

const { values } = parseArgs({
  options: {
    'unit-name': { type: 'string' },
    'unit-level': { type: 'string', default: 'province' },
    'unit-code': { type: 'string' },
    'unit-prefix': { type: 'string' },
    username: { type: 'string' },
    'full-name': { type: 'string' },
  },
});

const input = z
  .object({
    unitName: textSchema(200, 2),
    unitLevel: z.enum(UNIT_LEVELS),
    unitCode: UnitCodeSchema,
    unitPrefix: AccountPrefixSchema,
    username: UsernameSchema,
    fullName: textSchema(120, 2),
    password: PasswordSchema,
  })
  .safeParse({
    unitName: values['unit-name'],
    unitLevel: values['unit-level'],
    unitCode: values['unit-code'],
    unitPrefix: values['unit-prefix'],
    username: values.username,
    fullName: values['full-name'],
    password: (await text(process.stdin)).replace(/\r?\n$/, ''),
  });
if (!input.success) {
  console.error(input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  process.exit(2);
}

const config = loadConfig();
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : config.dataDir,
});
try {
  await database.migrate();
  const { unitName, unitLevel, unitCode, unitPrefix, username, fullName, password } = input.data;
  const passwordHash = await hashPassword(password);
  await database.db.transaction(async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(users);
    if ((existing?.n ?? 0) > 0)
      throw new Error('The database already has accounts; bootstrap is only for an empty one.');
    const unitId = randomUUID();
    await tx.insert(units).values({
      id: unitId,
      name: unitName,
      level: unitLevel,
      code: unitCode,
      accountPrefix: unitPrefix,
      validFrom: todayInVietnam(),
      path: `/${unitId}/`,
      depth: 0,
    });
    const [user] = await tx
      .insert(users)
      .values({ username, fullName, unitId, roles: ['system_admin'], passwordHash })
      .returning({ id: users.id });
    await tx.insert(auditLog).values({
      actorType: 'system',
      action: 'system.bootstrap',
      entityType: 'user',
      entityId: user?.id,
      unitId,
    });
  });
  console.warn(`Created unit "${unitName}" and administrator "${username}".`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
