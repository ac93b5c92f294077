import { CitizenLoginResponseSchema, DraftFileSchema, type Draft, type DraftFile } from '@motcua/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { API_BASE } from '../../../config/paths';
import { texts } from '../../../config/texts';
import { api } from '../../../lib/api';
import { ApiError, problemToError } from '../../../lib/api-client';
import { draftKeys } from './keys';

export type UploadProgress = { loaded: number; total: number };

export type DraftFileUpload = {
  draftId: string;
  componentIndex: number;
  file: File;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
};

/*
 * Why this call does not go through `api.request`: the portal's client sends JSON only, and fetch cannot report
 * upload progress. XMLHttpRequest can, but needs the bearer token, which the client keeps to itself; so the token
 * comes from the same refresh exchange the client uses (under the same cross-tab lock, since refresh tokens rotate),
 * and is handed back to the client with `startSession` so both hold the same one. Once the client offers an
 * `upload(path, formData, { onProgress })`, this belongs there.
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

type RawResponse = { status: number; body: unknown };

function post(url: string, form: FormData, token: string, upload: DraftFileUpload): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) upload.onProgress?.({ loaded: event.loaded, total: event.total });
    });
    xhr.addEventListener('load', () => {
      let body: unknown;
      try {
        body = xhr.responseText ? (JSON.parse(xhr.responseText) as unknown) : undefined;
      } catch {
        body = undefined;
      }
      resolve({ status: xhr.status, body });
    });
    xhr.addEventListener('error', () =>
      reject(new ApiError({ status: 0, code: 'network_error', title: texts.errors.network })),
    );
    xhr.addEventListener('abort', () => reject(new DOMException('Đã hủy tải lên', 'AbortError')));
    upload.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

/** Uploads one file (multipart field "file") to a component of a draft, reporting progress as it goes. */
export async function uploadDraftFile(upload: DraftFileUpload): Promise<DraftFile> {
  const url = `${API_BASE}/citizen/drafts/${encodeURIComponent(upload.draftId)}/files?componentIndex=${upload.componentIndex}`;
  const form = new FormData();
  form.append('file', upload.file, upload.file.name);
  let response = await post(url, form, currentToken() ?? (await renewToken()), upload);
  if (response.status === 401) response = await post(url, form, await renewToken(), upload);
  if (response.status < 200 || response.status >= 300) throw problemToError(response.status, response.body);
  const parsed = DraftFileSchema.safeParse(response.body);
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: 'unexpected_response',
      title: texts.errors.unexpected,
    });
  }
  return parsed.data;
}

/** Adds a new file to the cached draft at once, then asks for the draft again (files change its version). */
export function useDraftFileAdded() {
  const queryClient = useQueryClient();
  return useCallback(
    (draftId: string, file: DraftFile) => {
      queryClient.setQueryData<Draft>(draftKeys.detail(draftId), (draft) =>
        draft && !draft.files.some((f) => f.id === file.id)
          ? { ...draft, files: [...draft.files, file] }
          : draft,
      );
      return queryClient.invalidateQueries({ queryKey: draftKeys.detail(draftId) });
    },
    [queryClient],
  );
}
