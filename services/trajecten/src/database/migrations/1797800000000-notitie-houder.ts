import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each journal note belongs to the file of the organisation that held the traject when it was written
 * (`houder_organisatie`): after a handover the receiving organisation reads the notes written while it holds the
 * traject, not the earlier holder's (domain.md: another organisation sees what it needs for its step). Existing
 * notes get the holder of their first version's moment: the handing-over side of the first handover accepted after
 * it, else the traject's organisation now. The journal is append-only, so its trigger is off for this one update.
 */
export class NotitieHouder1797800000000 implements MigrationInterface {
  name = 'NotitieHouder1797800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE journaal_notities ADD COLUMN houder_organisatie text');
    await q.query('ALTER TABLE journaal_notities DISABLE TRIGGER journaal_notities_geen_wijziging');
    await q.query(`
      UPDATE journaal_notities n
         SET houder_organisatie = coalesce(
               (SELECT o.van_organisatie FROM overdrachten o
                 WHERE o.traject_id = n.traject_id AND o.status = 'geaccepteerd' AND o.besloten_op > eerste.op
                 ORDER BY o.besloten_op LIMIT 1),
               (SELECT t.organisatie FROM trajecten t WHERE t.id = n.traject_id))
        FROM (SELECT notitie_id, min(geschreven_op) AS op FROM journaal_notities GROUP BY notitie_id) eerste
       WHERE eerste.notitie_id = n.notitie_id`);
    await q.query('ALTER TABLE journaal_notities ENABLE TRIGGER journaal_notities_geen_wijziging');
    await q.query('ALTER TABLE journaal_notities ALTER COLUMN houder_organisatie SET NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE journaal_notities DROP COLUMN houder_organisatie');
  }
}
