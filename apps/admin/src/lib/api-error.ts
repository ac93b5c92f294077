import { ProblemSchema, type ErrorCode, type FieldError } from '@motcua/shared';
import { texts } from '../config/i18n';

/** The server's problem codes plus the two failures that never reach the server's error handler. */
export type ApiErrorCode = ErrorCode | 'network_error' | 'invalid_response';

/** Every failed API call surfaces as one of these, so screens show the problem's own title and detail. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  readonly requestId: string | undefined;
  /** RFC 9457 extension members the problem carried, e.g. an import's `rowErrors`. */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(init: {
    status: number;
    code: ApiErrorCode;
    title: string;
    detail?: string;
    errors?: FieldError[];
    requestId?: string;
    extensions?: Record<string, unknown>;
  }) {
    super(init.detail ?? init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.requestId = init.requestId;
    this.extensions = init.extensions ?? {};
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Reads a problem+json body; anything else (a proxy's HTML page, an empty body) gets a generic problem. */
export function problemToApiError(status: number, body: unknown): ApiError {
  const parsed = ProblemSchema.safeParse(body);
  if (parsed.success) {
    // What is left after the standard members are the extensions.
    const {
      status: problemStatus,
      code,
      title,
      detail,
      errors,
      requestId,
      type: _type,
      instance: _instance,
      ...extensions
    } = parsed.data;
    return new ApiError({
      status: problemStatus,
      code,
      title,
      detail,
      errors,
      requestId,
      extensions,
    });
  }
  return new ApiError({
    status,
    code: status >= 500 ? 'internal_error' : 'invalid_response',
    title: texts.errors.title,
    detail: status >= 500 ? texts.errors.unexpected : texts.errors.invalidResponse,
  });
}

export function networkError(): ApiError {
  return new ApiError({
    status: 0,
    code: 'network_error',
    title: texts.errors.title,
    detail: texts.errors.network,
  });
}

/** Title and detail to show for any thrown value. */
export function describeError(error: unknown): {
  title: string;
  detail: string | undefined;
  requestId?: string;
} {
  if (isApiError(error)) return { title: error.title, detail: error.detail, requestId: error.requestId };
  return { title: texts.errors.title, detail: texts.errors.unexpected };
}
