import { MigrationInterface, QueryRunner } from 'typeorm';
import { createBeperkingenTable } from '@wiz/platform';

/**
 * Issue 19, parts 2–3. `privacyverzoeken`: the privacy officer's erasure and restriction requests, the legal record
 * (who, when, why, which kind), kept after the person's data is gone. `beperkingen`: the platform's restriction
 * table. `traject_afsluitingen`: when each traject closed (trajecten's traject-afgesloten), from which retention
 * counts. `gewist_op` marks an inwoner or aanmelding whose personal data was destroyed (an erasure or retention).
 * The histories of corrections and merges take no UPDATE or DELETE from the runtime role; one function owned by the
 * owner (SECURITY DEFINER) destroys exactly one person's rows there and nothing else.
 */
export class WissenBeperkenBewaren1766200000000 implements MigrationInterface {
  name = 'WissenBeperkenBewaren1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE privacyverzoeken (
        id uuid PRIMARY KEY,
        inwoner_id uuid NOT NULL,
        soort text NOT NULL CHECK (soort IN ('wissen', 'beperken', 'beperking-opheffen')),
        reden text NOT NULL,
        ingediend_door text NOT NULL,
        ingediend_door_organisatie text NOT NULL,
        ingediend_op timestamptz NOT NULL,
        opgeheven_door_verzoek uuid REFERENCES privacyverzoeken (id)
      )`);
    await q.query('CREATE INDEX privacyverzoeken_inwoner ON privacyverzoeken (inwoner_id, ingediend_op)');
    await q.query('CREATE INDEX privacyverzoeken_ingediend_op ON privacyverzoeken (ingediend_op, id)');
    await createBeperkingenTable(q);
    await q.query(`
      CREATE TABLE traject_afsluitingen (
        traject_id uuid PRIMARY KEY,
        inwoner_id uuid NOT NULL,
        afgesloten_op date NOT NULL
      )`);
    await q.query('CREATE INDEX traject_afsluitingen_inwoner ON traject_afsluitingen (inwoner_id)');
    await q.query('ALTER TABLE inwoners ADD COLUMN gewist_op timestamptz');
    await q.query('ALTER TABLE aanmeldingen ADD COLUMN gewist_op timestamptz');
    await q.query(`
      CREATE FUNCTION wis_inwoner_historie(ids uuid[]) RETURNS void
      LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
        DELETE FROM inwoner_wijzigingen WHERE inwoner_id = ANY(ids);
        UPDATE inwoner_samenvoegingen SET reden = '(gewist)'
         WHERE (vervallen_id = ANY(ids) OR behouden_id = ANY(ids)) AND reden <> '(gewist)';
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION wis_inwoner_historie(uuid[])');
    await q.query('ALTER TABLE aanmeldingen DROP COLUMN gewist_op');
    await q.query('ALTER TABLE inwoners DROP COLUMN gewist_op');
    await q.query('DROP TABLE traject_afsluitingen, beperkingen, privacyverzoeken');
  }
}
