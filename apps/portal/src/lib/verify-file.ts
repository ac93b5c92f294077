import { SignatureVerificationSchema } from '@motcua/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from './api';

/**
 * POST /public/verify: checks a file against the signatures this system issued (multipart field "file"; the server
 * judges the type by the bytes). Public, so no token goes with it. Used by the public verify page and by the
 * citizen's own dossier, which checks the bytes it would download exactly as a third party would.
 */
export function verifyFile(file: Blob, name: string, signal?: AbortSignal) {
  const form = new FormData();
  form.append('file', file, name);
  return api.upload('/public/verify', form, {
    auth: false,
    signal,
    parse: (data) => SignatureVerificationSchema.parse(data),
  });
}

/** Verifies a file the visitor chose. */
export function useVerifyFile() {
  return useMutation({ mutationFn: (file: File) => verifyFile(file, file.name) });
}
