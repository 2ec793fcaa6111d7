import { TrajectenTestApp } from './trajecten-test-app';
import { dossierFixture } from './dossier';
import { terugTotVoor } from './migraties';
import { leerwerkloketOntvanger } from './leerwerkloket';

/**
 * An install whose journal had no holder per note migrates to one: each note goes to the file of the organisation
 * that held the traject when it was written, found from the handovers accepted since.
 */
describe('trajecten: the journal’s migration to a holder per note', () => {
  const t = new TrajectenTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());
  const d = dossierFixture(t);
  beforeAll(() => d.medewerkers());

  it('gives notes written before a handover to the organisation that handed over, later ones to the receiver', async () => {
    await leerwerkloketOntvanger(t, 'loket-migratie', 'scholing');
    const { id } = await d.vanAnna();
    const anna = await d.als('anna');
    const notitie = { soort: 'gesprek', tekst: 'Voor de overdracht.', datum: '2026-03-02' };
    const voor = (await anna.post(`/api/v1/trajecten/${id}/notities`, notitie).expect(201)).body.id;
    await anna.post(`/api/v1/trajecten/${id}/stappen`, { stap: 'scholen', toelichting: 'mbo' }).expect(200);
    const voorstel = await anna
      .post(`/api/v1/trajecten/${id}/overdrachten`, { naarOrganisatie: 'leerwerkloket', toelichting: 'mbo' })
      .expect(201);
    const loket = await t.as('consulent', 'leerwerkloket', 'loket-migratie', 'scholing');
    await loket.post(`/api/v1/overdrachten/${voorstel.body.id}/acceptatie`).expect(200);
    const na = (await loket.post(`/api/v1/trajecten/${id}/notities`, { ...notitie, tekst: 'Erna.' }).expect(201)).body
      .id;

    await terugTotVoor(t, 'NotitieHouder1797800000000');
    expect(await t.query(`SELECT count(*)::int AS n FROM journaal_notities WHERE traject_id = $1`, [id])).toEqual([
      { n: 2 },
    ]);
    await t.app.close();
    await t.boot(); // migrates as a release would

    const houders = await t.query(
      `SELECT notitie_id AS id, houder_organisatie AS houder FROM journaal_notities WHERE traject_id = $1 ORDER BY geschreven_op`,
      [id],
    );
    expect(houders).toEqual([
      { id: voor, houder: 'GM0063' },
      { id: na, houder: 'leerwerkloket' },
    ]);
    const items = (
      await (
        await t.as('consulent', 'leerwerkloket', 'loket-migratie', 'scholing')
      )
        .get(`/api/v1/trajecten/${id}/notities`)
        .expect(200)
    ).body.items;
    expect(items.map((n: { id: string }) => n.id)).toEqual([na]);
  });
});
