import type { Citizen } from '@motcua/shared';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { citizens } from '../../db/schema';
import { updateVersioned } from '../../lib/versioned';

export type CitizenRow = typeof citizens.$inferSelect;

export function toCitizen(row: CitizenRow): Citizen {
  return {
    id: row.id,
    fullName: row.fullName,
    identificationNumber: row.identificationNumber,
    phone: row.phone,
    email: row.email,
    dateOfBirth: row.dateOfBirth,
    address: row.address,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

export function createCitizensRepository(db: Executor) {
  return {
    async findById(id: string, executor: Executor = db) {
      const [row] = await executor.select().from(citizens).where(eq(citizens.id, id));
      return row;
    },

    /** By e-mail when the login contains '@', otherwise by phone number. */
    async findByLogin(login: string) {
      const column = login.includes('@') ? citizens.email : citizens.phone;
      const [row] = await db
        .select()
        .from(citizens)
        .where(eq(column, login.replace(/^\+84/, '0')));
      return row;
    },

    async insert(executor: Executor, values: typeof citizens.$inferInsert) {
      const [row] = await executor.insert(citizens).values(values).returning();
      return row;
    },

    async update(
      executor: Executor,
      id: string,
      version: number,
      values: Partial<typeof citizens.$inferInsert>,
    ) {
      return updateVersioned(executor, citizens, id, version, values);
    },

    async recordLogin(
      id: string,
      values: { failedLogins: number; lockedUntil: Date | null; lastLoginAt?: Date },
      executor: Executor = db,
    ) {
      await executor.update(citizens).set(values).where(eq(citizens.id, id));
    },
  };
}
