import type { DraftData } from '@motcua/shared';
import { boolean, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt, version } from './columns';
import { dossiers } from './dossiers';
import { citizens } from './identity';

/**
 * An online submission being filled in on the portal. Kept after submission with the dossier it became, so that a
 * repeated submit answers with the same dossier instead of filing a second one.
 */
export const drafts = pgTable(
  'drafts',
  {
    id: id(),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    procedureCode: text('procedure_code').notNull(),
    procedureName: text('procedure_name').notNull(),
    data: jsonb('data').$type<DraftData>().notNull(),
    dossierId: uuid('dossier_id').references(() => dossiers.id),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('drafts_citizen_idx').on(t.citizenId, t.updatedAt)],
);

/** Files of a draft: uploaded (checked by content) or taken from one of the citizen's earlier dossiers. */
export const draftFiles = pgTable(
  'draft_files',
  {
    id: id(),
    draftId: uuid('draft_id')
      .notNull()
      .references(() => drafts.id, { onDelete: 'cascade' }),
    componentIndex: integer('component_index').notNull(),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    /** The dossier file reused from the citizen's documents, when not uploaded. */
    reusedFromFileId: uuid('reused_from_file_id'),
    createdAt: createdAt(),
  },
  (t) => [index('draft_files_draft_idx').on(t.draftId)],
);

/** The citizen's rating of the service for one dossier, after the result (feeds the satisfaction statistics). */
export const dossierRatings = pgTable('dossier_ratings', {
  dossierId: uuid('dossier_id')
    .primaryKey()
    .references(() => dossiers.id),
  citizenId: uuid('citizen_id')
    .notNull()
    .references(() => citizens.id),
  receivingUnitId: uuid('receiving_unit_id').notNull(),
  satisfied: boolean('satisfied').notNull(),
  reasons: text('reasons').array().notNull(),
  comment: text('comment'),
  createdAt: createdAt(),
});
