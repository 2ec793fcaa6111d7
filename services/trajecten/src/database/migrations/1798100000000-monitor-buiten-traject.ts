import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An activity completed, or a closing dated, before the traject started (or an activity completed after it closed)
 * counted as a step forward; from now on it does not (telmoment's binnenTraject: inside the open traject). The
 * inwoners it may have counted are counted again by the service itself at start (MonitorHerberekening).
 */
export class MonitorBuitenTraject1798100000000 implements MigrationInterface {
  name = 'MonitorBuitenTraject1798100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`INSERT INTO monitor_herberekeningen (naam) VALUES ('buiten-traject')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM monitor_herberekeningen WHERE naam = 'buiten-traject'`);
  }
}
