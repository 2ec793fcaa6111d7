import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A traject has one planned reminder of each kind (contact moment, stalled traject). Closing a reminder with a next
 * one used to plan it beside the one its firing had planned, so series doubled with every close: of the planned ones
 * of a kind, the earliest stays (nobody is reminded later than planned) and the others lapse.
 */
export class EenGeplandeHerinnering1798000000000 implements MigrationInterface {
  name = 'EenGeplandeHerinnering1798000000000';

  async up(q: QueryRunner): Promise<void> {
    // An instance of the release before, still running, plans no double between the lapse and the index.
    await q.query('LOCK TABLE opvolgingen IN SHARE ROW EXCLUSIVE MODE');
    await q.query(`
      UPDATE opvolgingen o SET status = 'vervallen'
        FROM (SELECT id, row_number() OVER (PARTITION BY traject_id, soort ORDER BY vervaldatum, id) AS plaats
                FROM opvolgingen WHERE status = 'gepland' AND soort IN ('contactmoment', 'stilstand')) g
       WHERE o.id = g.id AND g.plaats > 1`);
    await q.query(`
      CREATE UNIQUE INDEX opvolgingen_een_geplande_herinnering ON opvolgingen (traject_id, soort)
        WHERE status = 'gepland' AND soort IN ('contactmoment', 'stilstand')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX opvolgingen_een_geplande_herinnering');
  }
}
