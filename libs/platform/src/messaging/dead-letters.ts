import { Injectable } from '@nestjs/common';
import { headers as natsHeaders } from '@nats-io/transport-node';
import type { JsMsg, StoredMsg } from '@nats-io/jetstream';
import { isMessageNotFound } from '@nats-io/jetstream/internal';
import { EventNaming } from './event-naming';
import { NatsClient } from './nats-client';
import { CORRELATION_HEADER } from './outbox-relay';

export const DLQ_HEADERS = {
  originalSubject: 'Wiz-Original-Subject',
  consumer: 'Wiz-Consumer',
  error: 'Wiz-Error',
  deliveries: 'Wiz-Deliveries',
  eventId: 'Wiz-Event-Id',
} as const;

export interface DeadLetter {
  id: number;
  consumer: string;
  subject: string;
  eventId: string;
  error: string;
  deliveries: number;
  deadLetteredAt: string;
  data: unknown;
}

/** Events a consumer gave up on, kept in their own stream until beheer replays them. */
@Injectable()
export class DeadLetters {
  constructor(
    private readonly nats: NatsClient,
    private readonly naming: EventNaming,
  ) {}

  async add(msg: JsMsg, durable: string, eventId: string, error: string): Promise<void> {
    const h = natsHeaders();
    h.set(DLQ_HEADERS.originalSubject, msg.subject);
    h.set(DLQ_HEADERS.consumer, durable);
    h.set(DLQ_HEADERS.error, error.slice(0, 1_000).replace(/[\r\n]+/g, ' '));
    h.set(DLQ_HEADERS.deliveries, String(msg.info.deliveryCount));
    h.set(DLQ_HEADERS.eventId, eventId);
    const correlation = msg.headers?.get(CORRELATION_HEADER);
    if (correlation) h.set(CORRELATION_HEADER, correlation);
    // Same id for the same (consumer, event): dead-lettering twice after a crash stores it once.
    await this.nats.jetStream().publish(this.naming.deadLetterSubject(durable), msg.data, {
      msgID: `${durable}:${eventId}:${msg.info.streamSequence}`,
      headers: h,
    });
  }

  async list(limit = 100): Promise<DeadLetter[]> {
    const jsm = await this.nats.manager();
    const info = await jsm.streams.info(this.naming.deadLetterStream);
    const found: DeadLetter[] = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq && found.length < limit; seq++) {
      const stored = await this.get(seq);
      if (stored) found.push(stored);
    }
    return found;
  }

  async get(id: number): Promise<DeadLetter | undefined> {
    // Stream sequences start at 1; JetStream answers 0, a negative or an unsafe number with "bad request" (and an
    // empty stream reports first_seq 0, so list() would ask for it).
    if (!Number.isSafeInteger(id) || id < 1) return undefined;
    const jsm = await this.nats.manager();
    const stored = await jsm.streams.getMessage(this.naming.deadLetterStream, { seq: id }).catch((err) => {
      if (isMessageNotFound(err)) return null;
      throw err;
    });
    if (!stored || !this.isOwn(stored)) return undefined;
    return toDeadLetter(stored);
  }

  /** Removes a dead letter once its event has been applied (see EventConsumers.replay). */
  async remove(id: number): Promise<void> {
    const jsm = await this.nats.manager();
    await jsm.streams.deleteMessage(this.naming.deadLetterStream, id);
  }

  async count(): Promise<number> {
    const jsm = await this.nats.manager();
    const info = await jsm.streams.info(this.naming.deadLetterStream, {
      subjects_filter: this.naming.ownDeadLetterFilter,
    });
    return Object.values(info.state.subjects ?? {}).reduce((a, b) => a + b, 0);
  }

  private isOwn(stored: StoredMsg): boolean {
    return stored.subject.startsWith(this.naming.ownDeadLetterFilter.slice(0, -1));
  }
}

function toDeadLetter(stored: StoredMsg): DeadLetter {
  const h = (name: string) => stored.header?.get(name) ?? '';
  let data: unknown;
  try {
    data = stored.json();
  } catch {
    data = stored.string();
  }
  return {
    id: stored.seq,
    consumer: h(DLQ_HEADERS.consumer),
    subject: h(DLQ_HEADERS.originalSubject),
    eventId: h(DLQ_HEADERS.eventId),
    error: h(DLQ_HEADERS.error),
    deliveries: Number(h(DLQ_HEADERS.deliveries)),
    deadLetteredAt: stored.time.toISOString(),
    data,
  };
}
