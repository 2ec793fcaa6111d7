import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The step a handover gives the traject to the receiver in (`naar_stap`): the receiver runs it, and accepting moves
 * the traject there, so the move happens, and counts, only when the other organisation takes the person on. Pending
 * proposals get the step their traject is in now; decided ones keep none (their step was whatever it was then).
 */
export class OverdrachtNaarStap1797900000000 implements MigrationInterface {
  name = 'OverdrachtNaarStap1797900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE overdrachten ADD COLUMN naar_stap text
        CHECK (naar_stap IN ('orienteren', 'begeleiden', 'ontwikkelen', 'scholen', 'matchen'))`);
    await q.query(`
      UPDATE overdrachten o SET naar_stap = t.huidige_stap
        FROM trajecten t WHERE t.id = o.traject_id AND o.status = 'voorgesteld'`);
    await q.query(`ALTER TABLE overdrachten ADD CHECK (status <> 'voorgesteld' OR naar_stap IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE overdrachten DROP COLUMN naar_stap');
  }
}
