import type { ErrorCode, FieldError } from '@motcua/shared';

/** An error the client caused or may act on; the error handler renders it as problem+json. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly title: string,
    readonly detail?: string,
    readonly extra?: { errors?: FieldError[]; [key: string]: unknown },
  ) {
    super(detail ?? title);
  }
}

export function notFound(detail = 'Không tìm thấy dữ liệu yêu cầu'): AppError {
  return new AppError(404, 'not_found', 'Không tìm thấy', detail);
}

export function forbidden(detail = 'Bạn không có quyền thực hiện thao tác này'): AppError {
  return new AppError(403, 'forbidden', 'Không có quyền', detail);
}

export function unauthorized(detail = 'Cần đăng nhập'): AppError {
  return new AppError(401, 'unauthorized', 'Chưa xác thực', detail);
}

export function conflict(detail: string, errors?: FieldError[]): AppError {
  return new AppError(409, 'conflict', 'Xung đột dữ liệu', detail, errors ? { errors } : undefined);
}

export function versionConflict(): AppError {
  return new AppError(
    409,
    'version_conflict',
    'Dữ liệu đã bị thay đổi',
    'Bản ghi vừa được người khác cập nhật. Tải lại để xem thay đổi rồi thử lại.',
  );
}

export function invalid(field: string, message: string): AppError {
  return new AppError(400, 'validation_failed', 'Dữ liệu không hợp lệ', message, {
    errors: [{ field, message }],
  });
}

const PG_UNIQUE_VIOLATION = '23505';

/** The constraint name when `error` (or its cause, as drizzle wraps driver errors) is a unique violation. */
export function uniqueViolation(error: unknown): string | undefined {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint } = e as { code?: string; constraint?: string };
    if (code === PG_UNIQUE_VIOLATION) return constraint ?? '';
  }
  return undefined;
}
