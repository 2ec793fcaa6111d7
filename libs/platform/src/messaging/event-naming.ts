import type { PlatformConfig } from '../config/platform-config';

/** What names depend on: the stream and the subject prefix (a test run's own). */
export type StreamNames = Pick<PlatformConfig['nats'], 'stream' | 'subjectPrefix'>;

/**
 * Stream and subject names. Production uses subjects exactly as the contracts define them
 * (`wiz.intake.aanmelding-afgerond.v1`); a test run sets NATS_SUBJECT_PREFIX and NATS_STREAM so that runs on one
 * NATS server never see each other's events.
 */
export class EventNaming {
  constructor(
    private readonly nats: StreamNames,
    private readonly service: string,
  ) {}

  get stream(): string {
    return this.nats.stream;
  }

  get deadLetterStream(): string {
    return `${this.nats.stream}_DLQ`;
  }

  get streamSubjects(): string[] {
    return [`${this.nats.subjectPrefix}wiz.>`];
  }

  get deadLetterSubjects(): string[] {
    return [`${this.nats.subjectPrefix}dlq.>`];
  }

  subjectOf(eventType: string): string {
    return `${this.nats.subjectPrefix}${eventType}`;
  }

  /** The event type of a subject, without the test prefix. */
  eventTypeOf(subject: string): string {
    return subject.startsWith(this.nats.subjectPrefix) ? subject.slice(this.nats.subjectPrefix.length) : subject;
  }

  /** One durable consumer per (service, event): several instances of the service share it. */
  durableName(eventType: string): string {
    return `${this.service}--${eventType.replace(/\./g, '_')}`;
  }

  deadLetterSubject(durable: string): string {
    return `${this.nats.subjectPrefix}dlq.${this.service}.${durable}`;
  }

  get ownDeadLetterFilter(): string {
    return `${this.nats.subjectPrefix}dlq.${this.service}.>`;
  }
}
