import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The moves the monitor heard of, per person (when, from and to which gemeente), so a fact dated before a move that
 * arrives after it counts where the person lived on its day. Moves before this migration were not kept: their
 * later-arriving facts count as before, for the gemeente at arrival.
 */
export class MonitorVerhuizingen1798200000000 implements MigrationInterface {
  name = 'MonitorVerhuizingen1798200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE monitor_verhuizingen (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        inwoner_id uuid NOT NULL,
        vanaf date NOT NULL,
        van text NOT NULL,
        naar text NOT NULL
      )`);
    await q.query('CREATE INDEX monitor_verhuizingen_inwoner ON monitor_verhuizingen (inwoner_id, vanaf)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE monitor_verhuizingen');
  }
}
