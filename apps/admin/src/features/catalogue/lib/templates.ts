/** What a template form may be: the server checks the content, the screen only filters the picker. */
export const TEMPLATE_ACCEPT =
  '.pdf,.doc,.docx,.xls,.xlsx,application/pdf,application/msword,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.ms-excel,' +
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const MAX_TEMPLATE_BYTES = 20 * 1024 * 1024;

/** ComponentSchema allows ten template forms per component, each named in at most 200 characters. */
export const MAX_TEMPLATES = 10;
const MAX_NAME = 200;

const EXTENSIONS = ['pdf', 'doc', 'docx', 'xls', 'xlsx'];

export type TemplateFileProblem = 'tooLarge' | 'kind' | 'empty';

/**
 * Catches before the upload what the server would refuse anyway: an empty or oversized file, or one whose
 * name says it is no form (a photo). A renamed file still reaches the server, which reads its content.
 */
export function templateFileProblem(file: { name: string; size: number }): TemplateFileProblem | null {
  if (file.size === 0) return 'empty';
  if (file.size > MAX_TEMPLATE_BYTES) return 'tooLarge';
  const extension = file.name.toLowerCase().split('.').pop() ?? '';
  return EXTENSIONS.includes(extension) ? null : 'kind';
}

/**
 * The name a new template starts with in the editor: the uploaded file's, cut to what the schema allows while
 * keeping the extension, so the citizen still sees which program opens it.
 */
export function templateName(fileName: string): string {
  const name = fileName.trim().normalize('NFC');
  if (name.length <= MAX_NAME) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 6 ? name.slice(dot) : '';
  return `${name.slice(0, MAX_NAME - extension.length - 1).trimEnd()}…${extension}`;
}

/** A file size the way the officer reads it: 850 KB, 2,4 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}
