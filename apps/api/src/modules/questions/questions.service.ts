import {
  type OfficerQuestionQuerySchema,
  type PublicQuestionQuerySchema,
  type QuestionCreateSchema,
  toVnIso,
} from '@motcua/shared';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../db/client';
import { citizens, units } from '../../db/schema';
import { recordAudit, type Actor } from '../../lib/audit';
import { conflict, invalid, notFound, versionConflict } from '../../lib/errors';
import { todayInVietnam } from '../../lib/time';
import { requireScope, unitInScope, unitsInReach, type Officer } from '../../plugins/auth';
import { contactOf, enqueue, notifyOfficers } from '../notifications/notifications.outbox';
import { createProceduresRepository } from '../procedures/procedures.repository';
import { createQuestionsRepository, type QuestionRow } from './questions.repository';
import { pageOf } from '../../lib/paging';

function toQuestion({ question: q, unitName }: QuestionRow) {
  return {
    id: q.id,
    title: q.title,
    content: q.content,
    procedureCode: q.procedureCode,
    procedureName: q.procedureName,
    unitName,
    status: q.status,
    askedAt: toVnIso(q.createdAt),
    answer: q.answer,
    answeredAt: q.answeredAt ? toVnIso(q.answeredAt) : null,
    version: q.version,
  };
}

function toOfficerQuestion(row: QuestionRow) {
  return {
    ...toQuestion(row),
    askerName: row.askerName,
    unitId: row.question.unitId,
    answeredByName: row.question.answeredByName,
  };
}

export function createQuestionsService(db: Database, publicUrl: string) {
  const repo = createQuestionsRepository(db);
  const procedures = createProceduresRepository(db);

  return {
    /** A citizen asks an agency; its officers are told at once. */
    async ask(citizenId: string, actor: Actor, input: z.output<typeof QuestionCreateSchema>) {
      const [unit] = await db.select().from(units).where(eq(units.id, input.unitId));
      if (!unit) throw invalid('body.unitId', 'Chọn cơ quan nhận câu hỏi');
      let procedureName: string | null = null;
      if (input.procedureCode) {
        const version = await procedures.findInForce(input.procedureCode, todayInVietnam());
        if (!version) throw invalid('body.procedureCode', 'Thủ tục không tồn tại hoặc không còn áp dụng');
        procedureName = version.content.name;
      }
      return db.transaction(async (tx) => {
        const row = await repo.insert(tx, { ...input, citizenId, procedureName });
        await notifyOfficers(
          tx,
          { unitId: unit.id, roles: ['receiving_officer', 'division_head'] },
          {
            kind: 'question_asked',
            subjectId: row.id,
            title: 'Câu hỏi mới của công dân',
            body: row.title,
            link: '/admin/questions',
          },
        );
        await recordAudit(tx, actor, {
          action: 'question.ask',
          entityType: 'question',
          entityId: row.id,
          unitId: unit.id,
        });
        const created = await repo.find(row.id, tx);
        if (!created) throw notFound();
        return toQuestion(created);
      });
    },

    async mine(citizenId: string) {
      return { items: (await repo.ofCitizen(citizenId)).map(toQuestion) };
    },

    async published(query: z.output<typeof PublicQuestionQuerySchema>) {
      const { rows, total } = await repo.published(query);
      return pageOf(rows.map(toQuestion), total, query);
    },

    /** Questions to the officer's unit (or, for a leader, the units under them). */
    async addressed(officer: Officer, query: z.output<typeof OfficerQuestionQuerySchema>) {
      const unitIds = unitsInReach(officer, 'questions.answer');
      const { rows, total } = await repo.addressedTo(unitIds, query.status, query.page, query.pageSize);
      return pageOf(rows.map(toOfficerQuestion), total, query);
    },

    /** Answers and publishes; the citizen is told with a link to the answer. */
    async answer(officer: Officer, actor: Actor, id: string, answer: string, version: number) {
      const scope = requireScope(officer, 'questions.answer');
      return db.transaction(async (tx) => {
        const row = await repo.find(id, tx);
        const [unit] = row ? await tx.select().from(units).where(eq(units.id, row.question.unitId)) : [];
        if (!row || !unit || !unitInScope(officer, scope, unit)) {
          throw notFound('Không tìm thấy câu hỏi');
        }
        if (row.question.status === 'answered') throw conflict('Câu hỏi đã được trả lời');
        const updated = await repo.update(tx, id, version, {
          status: 'answered',
          answer,
          answeredBy: officer.id,
          answeredByName: officer.fullName,
          answeredAt: new Date(),
        });
        if (!updated) throw versionConflict();
        const [asker] = await tx
          .select({ email: citizens.email, phone: citizens.phone })
          .from(citizens)
          .where(eq(citizens.id, row.question.citizenId));
        const contact = asker ? contactOf(asker) : undefined;
        if (contact) {
          await enqueue(tx, {
            ...contact,
            template: 'question_answered',
            subject: `${unit.name} đã trả lời câu hỏi của bạn`,
            text: [
              `Câu hỏi "${row.question.title}" đã được ${unit.name} trả lời.`,
              `Xem câu trả lời: ${publicUrl}/hoi-dap`,
            ].join('\n'),
            dedupeKey: `question:${id}:answered`,
          });
        }
        await recordAudit(tx, actor, {
          action: 'question.answer',
          entityType: 'question',
          entityId: id,
          unitId: unit.id,
        });
        const result = await repo.find(id, tx);
        if (!result) throw notFound();
        return toOfficerQuestion(result);
      });
    },
  };
}
