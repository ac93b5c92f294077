import { SignatureVerificationSchema } from '@motcua/shared';
import { useMutation } from '@tanstack/react-query';
import { API_BASE } from '../../../config/paths';
import { texts } from '../../../config/texts';
import { ApiError, problemToError } from '../../../lib/api-client';

/**
 * Checks a file against the signatures this system issued (multipart field "file"; the server judges the type by
 * the bytes). The endpoint is public and the portal's client sends JSON only, so the call goes through fetch
 * directly and reads errors with the client's problem+json parser.
 */
export async function verifyFile(file: Blob, name: string, signal?: AbortSignal) {
  const body = new FormData();
  body.append('file', file, name);
  let response: Response;
  try {
    // No content type here: the browser sets multipart/form-data with its boundary.
    response = await fetch(`${API_BASE}/public/verify`, {
      method: 'POST',
      headers: { accept: 'application/json, application/problem+json' },
      body,
      credentials: 'omit',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
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

export function useVerifyFile() {
  return useMutation({ mutationFn: (file: File) => verifyFile(file, file.name) });
}
