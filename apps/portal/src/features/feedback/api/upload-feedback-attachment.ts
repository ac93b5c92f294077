import { FeedbackUploadSchema } from '@motcua/shared';
import { api } from '../../../lib/api';
import type { UploadProgress } from '../../../lib/api-client';

export type FeedbackAttachmentUpload = {
  file: File;
  /** A solved captcha's payload: anyone may upload here, so each upload proves a little work. */
  captcha: string;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
};

/**
 * Uploads one attachment (multipart field "file") before the feedback is sent; the server checks its type by content
 * and its size, and answers with the token the feedback then carries. No session is involved.
 */
export function uploadFeedbackAttachment({ file, captcha, onProgress, signal }: FeedbackAttachmentUpload) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload('/public/feedback/attachments', form, {
    auth: false,
    headers: { 'x-captcha': captcha },
    parse: (data) => FeedbackUploadSchema.parse(data),
    onProgress,
    signal,
  });
}
