import { MigrationInterface, QueryRunner } from 'typeorm';
import { RegeltabelSchema, STANDAARD_REGELINGREGELS, STANDAARD_REGELTABEL_V1 } from '../../modules/routering/domain';

const TOELICHTING_V1 = 'Standaardtabel bij ingebruikname';
const TOELICHTING =
  'JTF-gebied = provincie Groningen plus Emmen (zonder Noord-Drenthe), NPG = provincie Groningen, ' +
  'geen JTF-minimumleeftijd zonder bron (issue 15)';

/**
 * Issue 15, routing: the table in force gets the right JTF and NPG areas and loses the JTF minimum age that no
 * regeling states. A new version, never an edit: the aanmeldingen routed so far keep pointing at the version that
 * routed them. The new version keeps the routeregels of the latest version (beheer's choices about routes stand)
 * and replaces only its regelingregels. Version 1 was written at first start until now; it is written here when
 * absent, so on every install version 1 is the old seed and version 2 (or the next) the corrected one.
 */
export class RouteringstabelV21764100000000 implements MigrationInterface {
  name = 'RouteringstabelV21764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `INSERT INTO routeringsregels (versie, tabel, toelichting, vastgesteld_door) VALUES (1, $1, $2, 'systeem') ON CONFLICT DO NOTHING`,
      [JSON.stringify(STANDAARD_REGELTABEL_V1), TOELICHTING_V1],
    );
    const [laatste] = await q.query('SELECT versie, tabel FROM routeringsregels ORDER BY versie DESC LIMIT 1');
    const tabel = RegeltabelSchema.parse({
      routeregels: laatste.tabel.routeregels,
      regelingregels: STANDAARD_REGELINGREGELS,
    });
    await q.query(
      `INSERT INTO routeringsregels (versie, tabel, toelichting, vastgesteld_door) VALUES ($1, $2, $3, 'systeem')`,
      [laatste.versie + 1, JSON.stringify(tabel), TOELICHTING],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DELETE FROM routeringsregels WHERE toelichting = $1', [TOELICHTING]);
  }
}
