import { CitizenLoginResponseSchema, DossierFileSchema, type CitizenDossier } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_BASE } from '../../../config/paths';
import { texts } from '../../../config/texts';
import { api } from '../../../lib/api';
import { ApiError, problemToError } from '../../../lib/api-client';
import { myDossierQueryOptions } from './get-my-dossier';

export type SupplementUpload = { dossierId: string; file: File; componentIndex?: number | undefined };

/*
 * Why this call does not go through `api.request`: the portal's client sends JSON only and keeps the bearer token
 * to itself. The token comes from the same refresh exchange the client uses (under the same cross-tab lock, since
 * refresh tokens rotate) and is handed back to the client with `startSession`, so both hold the same one — the
 * approach of the draft uploads in features/submission. Once the client offers `upload(path, formData)`, this
 * belongs there.
 */
const REFRESH_LOCK = 'motcua-citizen-refresh';
let uploadToken: { token: string; citizenId: string } | null = null;

/** The token kept from the last exchange, only while the same citizen is still signed in here. */
function currentToken(): string | null {
  const citizenId = api.getSession().citizen?.id;
  return uploadToken && uploadToken.citizenId === citizenId ? uploadToken.token : null;
}

async function renewToken(): Promise<string> {
  const exchange = () =>
    api.request('/citizen/auth/refresh', {
      method: 'POST',
      auth: false,
      parse: (data) => CitizenLoginResponseSchema.parse(data),
    });
  const response =
    typeof navigator !== 'undefined' && 'locks' in navigator
      ? await navigator.locks.request(REFRESH_LOCK, exchange)
      : await exchange();
  api.startSession(response);
  uploadToken = { token: response.accessToken, citizenId: response.citizen.id };
  return response.accessToken;
}

async function post(url: string, form: FormData, token: string): Promise<Response> {
  try {
    // No content type here: the browser sets multipart/form-data with its boundary.
    return await fetch(url, {
      method: 'POST',
      headers: { accept: 'application/json, application/problem+json', authorization: `Bearer ${token}` },
      body: form,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network_error', title: texts.errors.network });
  }
}

/** Uploads one requested document (multipart field "file"); the server checks its type by content and its size. */
export async function uploadSupplementFile({ dossierId, file, componentIndex }: SupplementUpload) {
  const query = componentIndex === undefined ? '' : `?componentIndex=${componentIndex}`;
  const url = `${API_BASE}/citizen/dossiers/${encodeURIComponent(dossierId)}/files${query}`;
  const form = new FormData();
  form.append('file', file, file.name);
  let response = await post(url, form, currentToken() ?? (await renewToken()));
  if (response.status === 401) response = await post(url, form, await renewToken());
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw problemToError(response.status, body);
  const parsed = DossierFileSchema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: 'unexpected_response',
      title: texts.errors.unexpected,
    });
  }
  return parsed.data;
}

export function useUploadSupplementFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadSupplementFile,
    onSuccess: (file, { dossierId }) => {
      // Listed at once; the dossier is then fetched again for anything else the upload changed.
      const { queryKey } = myDossierQueryOptions(dossierId);
      queryClient.setQueryData(queryKey, (dossier: CitizenDossier | undefined) =>
        dossier && !dossier.files.some((f) => f.id === file.id)
          ? { ...dossier, files: [...dossier.files, file] }
          : dossier,
      );
      void queryClient.invalidateQueries({ queryKey });
    },
  });
}
