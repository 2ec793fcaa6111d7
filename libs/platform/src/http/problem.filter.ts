import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ZodValidationException } from 'nestjs-zod';
import { ZodError } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, DomainErrorKind } from '@wiz/contracts';
import { isDatabaseUnavailable } from '../persistence/unavailable';
import { fieldErrors, Problem, problem, PROBLEM_CONTENT_TYPE, TryAgainLater } from './problem';

/**
 * Turns every error into application/problem+json. Messages of unexpected errors never reach the client
 * (no stack traces, no SQL, no personal data); they are logged with the correlation id instead.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const body = this.toProblem(exception);
    if (body.status >= 500 && body.status !== 503)
      this.logger.error({ err: exception, correlationId: request.id }, 'unexpected error');
    if (exception instanceof TryAgainLater) void reply.header('retry-after', String(exception.retryAfterSeconds));
    void reply.status(body.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof ZodValidationException) {
      return validationProblem(exception.getZodError() as ZodError);
    }
    if (exception instanceof DomainError) return domainProblem(exception);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'object' && response && 'status' in response && 'title' in response)
        return response as Problem;
      const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
      return problem(status, Array.isArray(message) ? message.join('; ') : String(message ?? exception.message));
    }
    const err = exception as { statusCode?: number; code?: string; message?: string };
    if (typeof err?.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
      return problem(err.statusCode, clientMessage(err));
    }
    if (isDatabaseUnavailable(exception)) {
      return problem(503, 'A service this API depends on is unavailable. Try again shortly.');
    }
    return problem(500, 'An unexpected error occurred. It has been logged.');
  }
}

export function validationProblem(error: ZodError): Problem {
  const errors = fieldErrors(error);
  return problem(400, `The request has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}.`, { errors });
}

const STATUS_OF_KIND: Record<DomainErrorKind, number> = {
  invalid: 400,
  'not-found': 404,
  conflict: 409,
  unprocessable: 422,
};

/** A refusal of the domain: the status its kind stands for, its message as the detail, its field as a field error. */
export function domainProblem(error: DomainError): Problem {
  const errors = error.field ? [{ field: error.field.name, message: error.field.message }] : undefined;
  return problem(STATUS_OF_KIND[error.kind], error.message, errors ? { errors } : {});
}

function clientMessage(err: { code?: string; message?: string; statusCode?: number }): string {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The request body is larger than this API accepts.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'This content type is not supported; send application/json.';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The request body is empty; send a JSON object.';
  }
  if (err.statusCode === 400) return 'The request body is not valid JSON.';
  return err.message ?? 'The request was refused.';
}
