import { DataSource, type EntityManager } from 'typeorm';
import { eventually } from '@wiz/platform/testing';
import { TrajectenTestApp } from './trajecten-test-app';
import { dossierFixture } from './dossier';
import { intakeRechten } from './privacy-helpers';

const NAAM = "Ĳsbrand d'Hondt";

/** Erasure (issue 19, AVG art. 17): trajecten's free text about the person goes, the monitor's figures stay. */
describe('trajecten: inwoner-gewist', () => {
  const t = new TrajectenTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());
  const d = dossierFixture(t);
  const intake = intakeRechten(t);
  beforeAll(() => d.medewerkers());

  /** A traject with the person's name written into every free text field the API takes. */
  async function dossierMetNaam() {
    const traject = await d.vanAnna();
    const anna = await d.als('anna');
    const pad = `/api/v1/trajecten/${traject.id}`;
    const notitie = { soort: 'gesprek', tekst: `Gesprek met ${NAAM} over werk`, datum: '2026-03-02' };
    const { id: notitieId } = (await anna.post(`${pad}/notities`, notitie).expect(201)).body;
    await anna.post(`${pad}/notities/${notitieId}/correcties`, { tekst: `${NAAM}: cv`, reden: `${NAAM} belde` });
    const doel = (await anna.post(`${pad}/plan/doelen`, { omschrijving: `Werk voor ${NAAM}` }).expect(201)).body;
    const actie = { omschrijving: `${NAAM} belt`, eigenaar: NAAM, streefdatum: '2026-04-01' };
    await anna.post(`${pad}/plan/doelen/${doel.id}/acties`, actie).expect(201);
    await anna.post(`${pad}/plan/akkoord`, { door: NAAM, op: '2026-03-03' }).expect(201);
    await anna.post(`${pad}/stappen`, { stap: 'begeleiden', toelichting: `${NAAM} is er klaar voor` }).expect(200);
    await anna.post(`${pad}/overdrachten`, { naarOrganisatie: 'UWV', toelichting: `${NAAM} naar UWV` }).expect(201);
    // A follow-up's outcome as typed (the contact moment fires only after weeks, so it is written here directly).
    await d.alsEigenaar(
      `UPDATE opvolgingen SET status = 'afgehandeld', uitkomst = jsonb_build_object('uitkomst', $2::text)
        WHERE id = (SELECT id FROM opvolgingen WHERE traject_id = $1 LIMIT 1)`,
      [traject.id, `${NAAM} kwam`],
    );
    return traject;
  }

  /** Every text-like column of every table holding `waarde` (by default the name), as the owner sees the database. */
  async function plaatsenMetNaam(waarde = "d'Hondt"): Promise<string[]> {
    const { rows: kolommen } = await d.alsEigenaar(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY', 'uuid')`,
    );
    const gevonden: string[] = [];
    for (const { table_name, column_name } of kolommen) {
      const { rows } = await d.alsEigenaar(
        `SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE '%' || $1 || '%'`,
        [waarde],
      );
      if (rows[0].n > 0) gevonden.push(`${table_name}.${column_name}`);
    }
    return gevonden;
  }

  it('replaces every free text about the person; nothing else in the database holds the name; monitor unchanged', async () => {
    const { id, inwonerId } = await dossierMetNaam();
    const ander = await d.vanAnna();
    await (
      await d.als('anna')
    )
      .post(`/api/v1/trajecten/${ander.id}/notities`, { soort: 'gesprek', tekst: 'Ander', datum: '2026-03-02' })
      .expect(201);
    expect(await plaatsenMetNaam()).toEqual(
      expect.arrayContaining(['journaal_notities.tekst', 'plan_akkoorden.door', 'stap_overgangen.toelichting']),
    );
    const monitor = await t.as('monitor', 'WIZ');
    const voor = (await monitor.get('/api/v1/monitor').expect(200)).body;

    await intake.wis(inwonerId);
    await eventually(async () => expect(await plaatsenMetNaam()).toEqual([]));

    expect((await monitor.get('/api/v1/monitor').expect(200)).body).toEqual(voor);
    // What stays links to nobody: the id is left only in the audit trail of who read the person's dossier.
    expect(await plaatsenMetNaam(inwonerId)).toEqual(['audit_log.inwoner_ids']);
    const [traject] = await t.query('SELECT consulent, team, gewist_op, huidige_stap FROM trajecten WHERE id = $1', [
      id,
    ]);
    expect(traject).toMatchObject({
      consulent: null,
      team: null,
      gewist_op: expect.any(Date),
      huidige_stap: 'begeleiden',
    });
    const anna = await d.als('anna');
    await anna.get(`/api/v1/trajecten/${id}`).expect(404);
    await anna.get(`/api/v1/trajecten/${id}/notities`).expect(404);
    const caseload = (await anna.get('/api/v1/caseload').expect(200)).body.items.map((i: { id: string }) => i.id);
    expect(caseload).not.toContain(id);
    expect(caseload).toContain(ander.id);
    const [{ n }] = await t.query(
      `SELECT count(*)::int AS n FROM journaal_notities WHERE traject_id = $1 AND tekst = 'Ander'`,
      [ander.id],
    );
    expect(n).toBe(1);
    const [gepland] = await t.query(
      `SELECT count(*)::int AS n FROM opvolgingen WHERE traject_id = $1 AND status = 'gepland'`,
      [id],
    );
    expect(gepland.n).toBe(0);
  });

  it("opens the append-only tables only to erasure of this person's text; the audit trail stays closed", async () => {
    const { id, inwonerId } = await d.vanAnna();
    const ander = await d.vanAnna();
    const anna = await d.als('anna');
    await anna.post(`/api/v1/trajecten/${ander.id}/notities`, {
      soort: 'gesprek',
      tekst: 'blijft',
      datum: '2026-03-02',
    });
    await anna.get(`/api/v1/trajecten/${id}/notities`).expect(200); // an audit row
    const alsRuntime = (sql: string, params: unknown[] = []) =>
      t.app.get(DataSource).transaction(async (m: EntityManager) => {
        await m.query(`SELECT set_config('wiz.wissen', $1, true)`, [inwonerId]);
        return m.query(sql, params);
      });
    await expect(
      alsRuntime(`UPDATE journaal_notities SET tekst = '[gewist]' WHERE traject_id = $1`, [ander.id]),
    ).rejects.toThrow(/append-only/);
    await anna.post(`/api/v1/trajecten/${id}/notities`, { soort: 'gesprek', tekst: 'gaat', datum: '2026-03-02' });
    await expect(
      alsRuntime(`UPDATE journaal_notities SET tekst = 'iets anders' WHERE traject_id = $1`, [id]),
    ).rejects.toThrow(/may only be erased/);
    await expect(
      alsRuntime(`UPDATE journaal_notities SET tekst = '[gewist]', reden = 'x' WHERE traject_id = $1`, [id]),
    ).rejects.toThrow(/may only be erased/);
    await alsRuntime(`UPDATE journaal_notities SET tekst = '[gewist]' WHERE traject_id = $1`, [id]);
    expect(
      await t.query('SELECT tekst FROM journaal_notities WHERE traject_id = ANY($1) ORDER BY tekst', [[id, ander.id]]),
    ).toEqual([{ tekst: '[gewist]' }, { tekst: 'blijft' }]);
    // Without the setting nothing passes, not even the marker.
    await expect(
      t.query(`UPDATE journaal_notities SET tekst = '[gewist]' WHERE traject_id = $1`, [ander.id]),
    ).rejects.toThrow(/append-only/);
    await expect(alsRuntime(`UPDATE audit_log SET organisatie = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(alsRuntime(`DELETE FROM audit_log`)).rejects.toThrow(/permission denied/);
    await expect(d.alsEigenaar(`UPDATE audit_log SET organisatie = 'x'`)).rejects.toThrow(/append-only/);
  });

  it('applies a redelivered erasure once, and an erasure of an unknown person harmlessly', async () => {
    const { id, inwonerId } = await dossierMetNaam();
    await intake.wis(inwonerId);
    await eventually(async () =>
      expect((await t.query('SELECT gewist_op FROM trajecten WHERE id = $1', [id]))[0].gewist_op).not.toBeNull(),
    );
    const [eerst] = await t.query('SELECT gewist_op FROM trajecten WHERE id = $1', [id]);
    await intake.wis(inwonerId);
    await intake.wis(crypto.randomUUID());
    await eventually(async () => {
      const [{ n }] = await t.query(`SELECT count(*)::int AS n FROM inbox WHERE consumer LIKE '%inwoner-gewist%'`);
      expect(n).toBeGreaterThanOrEqual(3);
    });
    expect((await t.query('SELECT gewist_op FROM trajecten WHERE id = $1', [id]))[0]).toEqual(eerst);
  });
});
