import { ImportRowErrorSchema } from '@motcua/shared';
import { z } from 'zod';
import { isApiError } from '../../../lib/api-error';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;

/** What the import takes, told by the file's name (browsers give .xlsx an empty or vendor type at times). */
export function importKindOf(file: { name: string; type: string }): 'xlsx' | 'json' | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx') || file.type === XLSX_TYPE) return 'xlsx';
  if (name.endsWith('.json') || file.type === 'application/json') return 'json';
  return null;
}

/**
 * The JSON import body from a file's text: the export's own `{procedures: […]}`, or a bare array of
 * procedures. Null when the text is not JSON of either shape; the server validates each item.
 */
export function importBodyFromJson(text: string): { procedures: unknown[] } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (Array.isArray(parsed)) return { procedures: parsed };
  if (parsed !== null && typeof parsed === 'object' && 'procedures' in parsed) {
    const { procedures } = parsed;
    if (Array.isArray(procedures)) return { procedures };
  }
  return null;
}

/** The rows a refused import names (the problem's `rowErrors` extension), or null for any other failure. */
export function rowErrorsOf(error: unknown): ImportRowError[] | null {
  if (!isApiError(error) || error.status !== 400) return null;
  const parsed = z.array(ImportRowErrorSchema).safeParse(error.extensions.rowErrors);
  return parsed.success && parsed.data.length > 0 ? parsed.data : null;
}

/**
 * A row error's field in words: the workbook's column keys and the schema's paths
 * (`methods.0.timeLimit.amount` → "Cách thức 1 › Thời hạn"). Unknown segments are kept as they are.
 */
export function describeImportField(field: string, labels: Readonly<Record<string, string>>): string {
  const words: string[] = [];
  for (const segment of field.split('.')) {
    if (/^\d+$/.test(segment)) {
      const last = words.pop();
      words.push(last === undefined ? String(Number(segment) + 1) : `${last} ${Number(segment) + 1}`);
    } else {
      const word = labels[segment] ?? segment;
      // `timeLimit.amount` is one thing to the officer: "Thời hạn", not "Thời hạn › Thời hạn".
      if (words.at(-1) !== word) words.push(word);
    }
  }
  return words.join(' › ');
}
