import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  UseInterceptors,
  applyDecorators,
} from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, Observable } from 'rxjs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { TransactionRunner } from '../persistence/transaction-runner';
import { problemException } from './problem';
import { PRINCIPAL_KEY } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';

const HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * Idempotency-Key on creating POSTs. The key row is inserted in the same transaction as the business change:
 * a concurrent duplicate waits on the key's unique index until the first commits, then gets the stored
 * response; if the first fails and rolls back, the duplicate simply runs. A key reused with another body → 422
 * (as the IETF Idempotency-Key draft says).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly transactions: TransactionRunner) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { [PRINCIPAL_KEY]?: Principal }>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const raw = request.headers[HEADER];
    if (raw === undefined) return next.handle();
    const key = Array.isArray(raw) ? raw[0] : raw;
    if (!KEY_PATTERN.test(key)) {
      throw problemException(400, 'Idempotency-Key must be 1 to 255 visible ASCII characters.', {
        errors: [{ field: 'Idempotency-Key', message: 'invalid' }],
      });
    }
    // A key is the caller's own: the same key from another subject, or from the same subject name in another
    // organisation, is another request and never replays this one's answer.
    const principal = request[PRINCIPAL_KEY];
    const scope = `${request.method} ${request.routeOptions.url} ${principal ? `${principal.organisatie}/${principal.subject}` : 'anonymous'}`;
    const hash = createHash('sha256')
      .update(JSON.stringify(request.body ?? null))
      .digest('hex');
    const status = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) ?? 201;

    return from(
      this.transactions.run(async (manager) => {
        const claimed: unknown[] = await manager.query(
          `INSERT INTO idempotency_keys (scope, key, request_hash, response_status) VALUES ($1, $2, $3, $4)
           ON CONFLICT DO NOTHING RETURNING key`,
          [scope, key, hash, status],
        );
        if (claimed.length === 0) {
          const [stored] = await manager.query(
            'SELECT request_hash, response_status, response_body FROM idempotency_keys WHERE scope = $1 AND key = $2',
            [scope, key],
          );
          if (stored.request_hash !== hash) {
            throw problemException(422, 'This Idempotency-Key was used before with a different request body.');
          }
          void reply.status(stored.response_status).header('Idempotent-Replayed', 'true');
          return stored.response_body;
        }
        const body = await lastValueFrom(next.handle(), { defaultValue: null });
        await manager.query('UPDATE idempotency_keys SET response_body = $3 WHERE scope = $1 AND key = $2', [
          scope,
          key,
          JSON.stringify(body),
        ]);
        return body;
      }),
    );
  }
}

/** Accepts an Idempotency-Key header on a creating POST: a retried request returns the first result. */
export const Idempotent = () =>
  applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'A retried request with the same key returns the first result.',
    }),
    ApiResponse({ status: 422, description: 'The Idempotency-Key was used before with another request body.' }),
  );
