import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/**
 * What follows a unit of work through async code: the correlation id (HTTP request → outbox → event headers →
 * consumer → logs) and, inside a transaction, the EntityManager so nested use cases join it.
 */
export interface RequestContext {
  correlationId: string;
  entityManager?: EntityManager;
  /** The event being applied, when this work is a consumer's. */
  eventId?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

export function currentCorrelationId(): string {
  return storage.getStore()?.correlationId ?? randomUUID();
}

export function runInContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/**
 * Runs `fn` as the work of one event: under its correlation id (which what it publishes carries on), deriving its
 * ids from the event (`idWithinEvent`), inside the transaction of `entityManager` when given. The consumer applies
 * each event so; a batch handler (OnEventBatch) runs each event's own part so, to publish and derive ids as when
 * that event is applied alone.
 */
export function runAsEvent<T>(
  event: { id: string; correlationid: string },
  entityManager: EntityManager | undefined,
  fn: () => T,
): T {
  return storage.run({ correlationId: event.correlationid, entityManager, eventId: event.id }, fn);
}

/**
 * Runs `fn` outside any unit of work, however it was called: work that serves them all (the outbox relay's drain,
 * woken by a request's commit) must not carry one's correlation id into its logs and statements, nor join its
 * transaction.
 */
export function runOutsideContext<T>(fn: () => T): T {
  return storage.exit(fn);
}

export function runWithCorrelationId<T>(correlationId: string | undefined, fn: () => T): T {
  return storage.run({ correlationId: correlationId || randomUUID() }, fn);
}

/**
 * A new row's id that is the same each time the event being applied makes it under `name`: when its transaction
 * rolled back and the event is applied again (a deadlock, a batch applied again one by one), what already went
 * outside the transaction under that id (a queued job with the id as its job id) belongs to the new row instead of
 * being left without one. Outside an event, a random id. A name-based UUID (version 5, SHA-1) of the event id and
 * `name`, per RFC 9562, written out here because node:crypto has only random UUIDs. A batch handler (OnEventBatch),
 * which runs in no single event's context, names the event itself: the same id as when that event is applied alone.
 */
export function idWithinEvent(name: string, eventId = storage.getStore()?.eventId): string {
  if (!eventId) return randomUUID();
  const bytes = createHash('sha1').update(`${eventId}\u0000${name}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
