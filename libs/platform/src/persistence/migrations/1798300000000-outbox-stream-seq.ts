import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where the stream acknowledged each published event: the repair after a NATS disturbance then publishes again only
 * what the stream no longer holds there, instead of all it sent around the disturbance (which the stream stores a
 * second time once its duplicate window has passed). Rows sent without it (before this migration, or by an
 * instance of the previous version during a rolling deploy) are published again in full, as before.
 */
export class OutboxStreamSeq1798300000000 implements MigrationInterface {
  name = 'OutboxStreamSeq1798300000000';

  async up(q: QueryRunner): Promise<void> {
    // Metadata only, but under an exclusive lock: waiting behind a relay's batch, it must not hold up every insert
    // into the outbox for long; timed out, the migration fails and runs again.
    await q.query("SET LOCAL lock_timeout = '5s'");
    await q.query('ALTER TABLE outbox ADD COLUMN stream_seq bigint');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE outbox DROP COLUMN stream_seq');
  }
}
