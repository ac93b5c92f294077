import type { ErrorCode, FieldError } from '@motcua/shared';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../lib/errors';

export type NotFoundFallback = (request: FastifyRequest, reply: FastifyReply) => unknown;

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: { status: number; code: ErrorCode; title: string; detail?: string; [extension: string]: unknown },
) {
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .send({
      type: `about:blank#${problem.code}`,
      instance: request.url.split('?')[0],
      ...problem,
      requestId: request.id,
    });
}

/** `body.email`, `querystring.page`… from fastify's validation context and the issue's path. */
function fieldErrors(error: FastifyError): FieldError[] {
  const context = error.validationContext ?? 'body';
  return (error.validation ?? []).map((issue) => {
    const params = issue.params as { issue?: { path?: PropertyKey[] } } | undefined;
    const path = params?.issue?.path ?? issue.instancePath.split('/').filter(Boolean);
    return { field: [context, ...path.map(String)].join('.'), message: issue.message ?? 'Không hợp lệ' };
  });
}

/**
 * One error handler for the whole API: every 4xx/5xx leaves as RFC 9457 problem+json with a stable `code`.
 * 5xx never carry internals; they are logged with the request id the client sees.
 */
export default fp(
  async function errorsPlugin(app, options: { notFoundFallback?: NotFoundFallback }) {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof AppError) {
        return sendProblem(request, reply, {
          status: error.status,
          code: error.code,
          title: error.title,
          detail: error.detail,
          ...error.extra,
        });
      }
      if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
        return sendProblem(request, reply, {
          status: 400,
          code: 'validation_failed',
          title: 'Dữ liệu không hợp lệ',
          detail: 'Một số trường chưa đúng. Xem danh sách lỗi theo từng trường.',
          errors: fieldErrors(error),
        });
      }
      if (error.statusCode === 429) {
        return sendProblem(request, reply, {
          status: 429,
          code: 'rate_limited',
          title: 'Quá nhiều yêu cầu',
          detail: 'Vui lòng thử lại sau ít phút.',
        });
      }
      if (error.statusCode === 413) {
        return sendProblem(request, reply, {
          status: 413,
          code: 'payload_too_large',
          title: 'Dữ liệu gửi lên quá lớn',
        });
      }
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        // Malformed JSON, wrong content type and other framework-level client errors.
        return sendProblem(request, reply, {
          status: error.statusCode,
          code: 'validation_failed',
          title: 'Yêu cầu không hợp lệ',
          detail: error.message,
        });
      }
      request.log.error({ err: error }, 'unhandled error');
      return sendProblem(request, reply, {
        status: 500,
        code: 'internal_error',
        title: 'Lỗi hệ thống',
        detail: 'Đã có lỗi xảy ra. Vui lòng thử lại; nếu lỗi lặp lại, báo quản trị viên kèm mã yêu cầu.',
      });
    });

    app.setNotFoundHandler((request, reply) => {
      const page = request.method === 'GET' || request.method === 'HEAD';
      if (options.notFoundFallback && page && !request.url.startsWith('/api')) {
        return options.notFoundFallback(request, reply);
      }
      return sendProblem(request, reply, {
        status: 404,
        code: 'not_found',
        title: 'Không tìm thấy',
        detail: `Không có ${request.method} ${request.url.split('?')[0]}`,
      });
    });
  },
  { name: 'errors' },
);
