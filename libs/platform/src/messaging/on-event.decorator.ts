import { SetMetadata } from '@nestjs/common';
import type { EventDefinition } from '@wiz/contracts';

export const ON_EVENT = Symbol('wiz:on-event');
export const ON_EVENT_BATCH = Symbol('wiz:on-event-batch');
export const ON_EVENT_WRITE = Symbol('wiz:on-event-write');

/**
 * Marks a provider method as the handler of one event. The method gets the validated envelope and the
 * EntityManager of the transaction in which its inbox mark is written: use that manager for every write,
 * so the effect and "applied" commit together.
 */
export const OnEvent = (definition: EventDefinition): MethodDecorator => SetMetadata(ON_EVENT, definition);

/**
 * Marks a provider method as the handler of one event type that takes a consumer's whole batch at once (set-based:
 * one statement per table for the batch instead of a few per event). The method gets the batch's events, each new
 * to this consumer (the inbox decided), and the transaction's EntityManager, and answers per event, in order,
 * `undefined` when applied or the Error why not (that event alone is retried, as a handler's error would be). It
 * must write nothing for an event it answers with an Error: there is no savepoint per event. When it throws, the
 * batch is applied again one event at a time (a batch of one). It runs in no single event's context: ids that must be
 * the same when an event is applied again come from `idWithinEvent(name, event.id)`. Writes gathered through
 * GatheredWrites are made once, after it returned.
 */
export const OnEventBatch = (definition: EventDefinition): MethodDecorator => SetMetadata(ON_EVENT_BATCH, definition);

/**
 * Marks a provider method as the handler of one event whose whole effect fits one statement. The method gets the
 * validated envelope, a CombinedWrite and the name of the part that marks the event in the inbox, and adds its writes
 * as parts that happen only when that part has a row (`WHERE EXISTS (SELECT 1 FROM <name>)`): a redelivered event
 * then writes nothing. The mark and the writes run as one statement without a transaction around it, which PostgreSQL
 * makes atomic: one round trip per event instead of BEGIN, the mark, the write and COMMIT. A batch runs its events one
 * statement after the other, so one that fails writes nothing and is retried alone. The method must not read or write
 * otherwise (it gets no EntityManager).
 */
export const OnEventWrite = (definition: EventDefinition): MethodDecorator => SetMetadata(ON_EVENT_WRITE, definition);
