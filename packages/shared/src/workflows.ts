import { z } from 'zod';
import { DateStringSchema, textSchema, VersionSchema } from './common';
import { DossierStepSchema, WORKFLOW_PHASES } from './dossiers';
import { PROCEDURE_STATUSES, ProcedureCodeSchema } from './procedures';

export const WorkflowStepInputSchema = z.object({
  name: textSchema(200, 2),
  phase: z.enum(WORKFLOW_PHASES),
  /** The unit that works the step; null: the receiving unit (intake, return) or the processing unit. */
  unitId: z.uuid().nullable().default(null),
  allottedHours: z.number().positive('Thời gian phải lớn hơn 0').max(10_000),
});

export const WorkflowInputSchema = z
  .object({
    procedureCode: ProcedureCodeSchema,
    ownerUnitId: z.uuid(),
    processingUnitId: z.uuid().nullable().default(null),
    steps: z.array(WorkflowStepInputSchema).min(2).max(30),
  })
  .refine((w) => w.steps[0]?.phase === 'intake', {
    message: 'Bước đầu tiên là tiếp nhận',
    path: ['steps', 0, 'phase'],
  })
  .refine((w) => w.steps.at(-1)?.phase === 'return', {
    message: 'Bước cuối cùng là trả kết quả',
    path: ['steps'],
  })
  .refine(
    (w) => w.steps.some((s) => s.phase === 'processing') && w.steps.some((s) => s.phase === 'signature'),
    {
      message: 'Quy trình cần ít nhất một bước thẩm định, xử lý và một bước ký duyệt',
      path: ['steps'],
    },
  );
export type WorkflowInput = z.input<typeof WorkflowInputSchema>;

export const WorkflowSchema = z
  .object({
    id: z.uuid(),
    procedureCode: z.string(),
    procedureName: z.string(),
    ownerUnitId: z.uuid(),
    ownerUnitName: z.string(),
    processingUnitId: z.uuid().nullable(),
    steps: z.array(
      z.object({
        name: z.string(),
        phase: z.enum(WORKFLOW_PHASES),
        unitId: z.uuid().nullable(),
        allottedHours: z.number(),
      }),
    ),
    status: z.enum(PROCEDURE_STATUSES),
    versionNo: z.number().int(),
    effectiveFrom: DateStringSchema.nullable(),
    effectiveTo: DateStringSchema.nullable(),
    totalHours: z.number(),
    version: z.number().int(),
  })
  .meta({ id: 'Workflow' });
export type Workflow = z.infer<typeof WorkflowSchema>;

export const WorkflowListQuerySchema = z.object({
  procedureCode: ProcedureCodeSchema.optional(),
  ownerUnitId: z.uuid().optional(),
});

export const WorkflowListSchema = z.object({ items: z.array(WorkflowSchema) });

export const WorkflowUpdateSchema = z.object({ workflow: WorkflowInputSchema, version: VersionSchema });

export const WorkflowPublishSchema = z.object({ effectiveFrom: DateStringSchema, version: VersionSchema });

export const WorkflowPreviewQuerySchema = z.object({ procedureCode: ProcedureCodeSchema, unitId: z.uuid() });

export const WorkflowPreviewSchema = z.object({
  source: z.enum(['workflow', 'default']),
  steps: z.array(DossierStepSchema),
  totalHours: z.number(),
  legalLimitHours: z.number().describe('The strictest legal time limit of the procedure, in working hours'),
});
