import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An activity completed, or a closing dated, before the traject started (or an activity completed after it closed)
 * counted as a step forward, and a fact outside its own traject but inside another open traject of the person did
 * not; from now on binnenTraject weighs every traject of the person. The inwoners with a fact outside its own traject
 * are counted again by the service itself at start (MonitorHerberekening, `buiten-traject`).
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
