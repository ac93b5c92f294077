/**
 * Online submission on the portal: a draft kept on the server while the citizen fills it in (resumable from any
 * device), its uploaded or reused files, and the submission that turns it into a dossier. A draft holds what was
 * typed even when it is not valid yet; the rules of `OnlineSubmissionSchema` apply when it is submitted.
 */
import { z } from 'zod';
import { UuidSchema, VersionSchema } from './common';
import { ProcedureCodeSchema } from './procedures';
import { RESULT_METHODS } from './dossiers';

/** What was typed of a person, unchecked; checked against `PersonSchema` on submission. */
export const PersonDraftSchema = z.object({
  fullName: z.string().max(120).default(''),
  identificationNumber: z.string().max(20).default(''),
  dateOfBirth: z.string().max(10).nullable().default(null),
  address: z.string().max(300).default(''),
  phone: z.string().max(20).nullable().default(null),
  email: z.string().max(254).nullable().default(null),
});
export type PersonDraft = z.infer<typeof PersonDraftSchema>;

export const DraftDataSchema = z.object({
  caseIndex: z.number().int().min(0).max(49).default(0),
  receivingUnitId: UuidSchema.nullable().default(null),
  applicant: PersonDraftSchema.default(PersonDraftSchema.parse({})),
  /** Someone filing on the applicant's behalf (người được ủy quyền); null when the applicant files. */
  authorisedPerson: PersonDraftSchema.nullable().default(null),
  resultMethod: z.enum(RESULT_METHODS).default('online'),
  /** Where the post delivers the result, when `resultMethod` is `post`. */
  deliveryAddress: z.string().max(300).nullable().default(null),
});
export type DraftData = z.infer<typeof DraftDataSchema>;
export type DraftDataInput = z.input<typeof DraftDataSchema>;

export const DraftFileSchema = z.object({
  id: UuidSchema,
  componentIndex: z.number().int(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  /** Taken from the citizen's documents rather than uploaded again. */
  reused: z.boolean(),
  createdAt: z.string(),
});
export type DraftFile = z.infer<typeof DraftFileSchema>;

export const DraftSchema = z
  .object({
    id: UuidSchema,
    procedureCode: z.string(),
    procedureName: z.string(),
    data: DraftDataSchema,
    files: z.array(DraftFileSchema),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Draft' });
export type Draft = z.infer<typeof DraftSchema>;

export const DraftListSchema = z.object({
  items: z.array(DraftSchema.pick({ id: true, procedureCode: true, procedureName: true, updatedAt: true })),
});

export const DraftCreateSchema = z.object({ procedureCode: ProcedureCodeSchema });
export const DraftUpdateSchema = z.object({ data: DraftDataSchema, version: VersionSchema });
export type DraftUpdate = z.input<typeof DraftUpdateSchema>;
export const DraftSubmitSchema = z.object({ version: VersionSchema });

export const DraftFileQuerySchema = z.object({
  componentIndex: z.coerce.number().int().min(0).max(99),
});
/** Attach one of the citizen's documents (a file of an earlier dossier) instead of uploading it again. */
export const DraftReuseSchema = z.object({
  componentIndex: z.number().int().min(0).max(99),
  documentId: UuidSchema,
});
export const DraftFileParamsSchema = z.object({ id: UuidSchema, fileId: UuidSchema });

/** How many files a draft may hold, per component and in all. */
export const DRAFT_FILE_LIMITS = { perComponent: 10, total: 50 } as const;

// ---- my documents (kho dữ liệu cá nhân) -------------------------------------------------------------------------

export const DOCUMENT_KINDS = ['result', 'component', 'supplement'] as const;
export const DOCUMENT_KIND_LABELS: Record<(typeof DOCUMENT_KINDS)[number], string> = {
  result: 'Kết quả điện tử',
  component: 'Giấy tờ đã số hóa',
  supplement: 'Giấy tờ bổ sung',
};

export const CitizenDocumentSchema = z
  .object({
    id: UuidSchema.describe('The file id'),
    kind: z.enum(DOCUMENT_KINDS),
    name: z.string(),
    /** The component (or, for a result, the procedure's result) the file stands for. */
    label: z.string(),
    mime: z.string(),
    size: z.number().int(),
    signed: z.boolean(),
    dossierId: UuidSchema,
    dossierCode: z.string(),
    procedureName: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'CitizenDocument' });
export type CitizenDocument = z.infer<typeof CitizenDocumentSchema>;
export const CitizenDocumentListSchema = z.object({ items: z.array(CitizenDocumentSchema) });
