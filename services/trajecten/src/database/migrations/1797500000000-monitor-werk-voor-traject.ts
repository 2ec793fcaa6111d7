import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A placement or more hours dated before the inwoner's traject started counted as a step forward; from now on it
 * does not (telmoment's binnenTraject). The inwoners it may have counted are counted again by the service itself at
 * start (MonitorHerberekening, which finds them), since the counting rule is TypeScript and stays in one place.
 * monitor_herberekeningen lists such recounts by name, and when each was done: no person is kept in it.
 */
export class MonitorWerkVoorTraject1797500000000 implements MigrationInterface {
  name = 'MonitorWerkVoorTraject1797500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE TABLE monitor_herberekeningen (naam text PRIMARY KEY, klaar_op timestamptz)');
    await q.query(`INSERT INTO monitor_herberekeningen (naam) VALUES ('werk-voor-traject')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE monitor_herberekeningen');
  }
}
