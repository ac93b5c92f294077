import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { draftFiles, drafts, dossierFiles, dossiers } from '../../db/schema';

export type DraftRow = typeof drafts.$inferSelect;
export type DraftFileRow = typeof draftFiles.$inferSelect;

export function createSubmissionRepository(db: Executor) {
  return {
    /** The citizen's drafts not yet submitted, most recently touched first. */
    open(citizenId: string) {
      return db
        .select()
        .from(drafts)
        .where(and(eq(drafts.citizenId, citizenId), isNull(drafts.dossierId)))
        .orderBy(desc(drafts.updatedAt))
        .limit(100);
    },

    async countOpen(citizenId: string, executor: Executor = db) {
      const [row] = await executor
        .select({ n: sql<number>`count(*)::int` })
        .from(drafts)
        .where(and(eq(drafts.citizenId, citizenId), isNull(drafts.dossierId)));
      return row?.n ?? 0;
    },

    /** One of the citizen's drafts; locked for the transaction when `lock` (the submission takes it whole). */
    async find(citizenId: string, id: string, executor: Executor = db, lock = false) {
      const query = executor
        .select()
        .from(drafts)
        .where(and(eq(drafts.id, id), eq(drafts.citizenId, citizenId)));
      const [row] = lock ? await query.for('update') : await query;
      return row;
    },

    async insert(executor: Executor, values: typeof drafts.$inferInsert) {
      const [row] = await executor.insert(drafts).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async update(
      executor: Executor,
      id: string,
      version: number,
      values: Partial<typeof drafts.$inferInsert>,
    ) {
      const [row] = await executor
        .update(drafts)
        .set({ ...values, version: sql`${drafts.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(drafts.id, id), eq(drafts.version, version)))
        .returning();
      return row;
    },

    async remove(executor: Executor, id: string) {
      await executor.delete(drafts).where(eq(drafts.id, id));
    },

    files(draftId: string, executor: Executor = db) {
      return executor
        .select()
        .from(draftFiles)
        .where(eq(draftFiles.draftId, draftId))
        .orderBy(draftFiles.createdAt);
    },

    async addFile(executor: Executor, values: typeof draftFiles.$inferInsert) {
      const [row] = await executor.insert(draftFiles).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async removeFile(executor: Executor, draftId: string, fileId: string) {
      const rows = await executor
        .delete(draftFiles)
        .where(and(eq(draftFiles.draftId, draftId), eq(draftFiles.id, fileId)))
        .returning({ id: draftFiles.id });
      return rows.length > 0;
    },

    /** Files of the citizen's own dossiers, newest first, with what each dossier was. */
    documents(citizenId: string, executor: Executor = db) {
      return executor
        .select({
          file: dossierFiles,
          dossierId: dossiers.id,
          code: dossiers.code,
          procedureName: dossiers.procedureName,
          state: dossiers.state,
          components: dossiers.components,
        })
        .from(dossierFiles)
        .innerJoin(dossiers, eq(dossiers.id, dossierFiles.dossierId))
        .where(eq(dossiers.citizenId, citizenId))
        .orderBy(desc(dossierFiles.createdAt))
        .limit(1000);
    },
  };
}
