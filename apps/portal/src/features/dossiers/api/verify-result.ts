import { SignatureVerificationSchema } from '@motcua/shared';
import { useMutation } from '@tanstack/react-query';
import { API_BASE } from '../../../config/paths';
import { texts } from '../../../config/texts';
import { ApiError, problemToError } from '../../../lib/api-client';
import { getDossierFile } from './download-file';

/**
 * POST /public/verify with a file's bytes (multipart field "file"). The endpoint is public and the portal's client
 * sends JSON only, so the call goes through fetch directly and reads errors with the client's problem+json parser.
 * (The public verify page has its own copy: features do not import each other.)
 */
async function verifyBytes(blob: Blob, name: string) {
  const body = new FormData();
  body.append('file', blob, name);
  let response: Response;
  try {
    // No content type here: the browser sets multipart/form-data with its boundary.
    response = await fetch(`${API_BASE}/public/verify`, {
      method: 'POST',
      headers: { accept: 'application/json, application/problem+json' },
      body,
      credentials: 'omit',
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network_error', title: texts.errors.network });
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw problemToError(response.status, payload);
  const parsed = SignatureVerificationSchema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: 'unexpected_response',
      title: texts.errors.unexpected,
    });
  }
  return parsed.data;
}

/**
 * "Kiểm tra chữ ký" on the citizen's result: the bytes they would download are checked exactly as anyone holding
 * the file would check them, so the answer is the one a third party gets.
 */
export function useVerifyResult() {
  return useMutation({
    mutationFn: async ({ dossierId, fileId, name }: { dossierId: string; fileId: string; name: string }) => {
      const { blob } = await getDossierFile({ dossierId, fileId });
      return verifyBytes(blob, name);
    },
  });
}
