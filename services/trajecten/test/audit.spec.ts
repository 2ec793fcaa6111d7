import { randomUUID } from 'node:crypto';
import { dossierFixture } from './dossier';
import { TrajectenTestApp } from './trajecten-test-app';

/**
 * trajecten's audit trail as the privacy officer reads it (issue 19): a person's trail across reads and changes,
 * and the unusual-reading report weighed against each consulent's caseload.
 */
describe('trajecten: audit trail for the privacy officer', () => {
  const t = new TrajectenTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());
  const d = dossierFixture(t);
  beforeAll(() => d.medewerkers());

  it("lists every read and change of a person's traject, naming the inwoner, latest first", async () => {
    const traject = await d.vanAnna();
    const anna = await d.als('anna');
    await anna.get(`/api/v1/trajecten/${traject.id}`).expect(200);
    await anna.get(`/api/v1/trajecten/${traject.id}/plan`).expect(200);
    const res = await (
      await t.as('privacy', 'WIZ', 'fg')
    )
      .get(`/api/v1/audit?inwonerId=${traject.inwonerId}`)
      .expect(200);
    const van = res.body.items.filter((i: { gebruiker: string }) => i.gebruiker === 'anna');
    expect(van.map((i: { actie: string }) => i.actie)).toEqual(['plan-inzien', 'traject-inzien']);
    expect(van[0]).toMatchObject({ wat: { soort: 'traject', id: traject.id }, inwonerIds: [traject.inwonerId] });
    expect(res.body.items.some((i: { actie: string }) => i.actie === 'traject-toewijzen')).toBe(true);
    await (await d.als('anna')).get(`/api/v1/audit?inwonerId=${traject.inwonerId}`).expect(403);
  });

  it('flags a consulent reading more inwoners in a day than twice their caseload, not a colleague without one', async () => {
    const dag = '2026-06-10';
    await d.vanAnna();
    await d.vanAnna();
    const [{ n }] = await t.query(
      `SELECT count(*)::int AS n FROM trajecten WHERE consulent = 'anna' AND status = 'actief'`,
    );
    const lees = (subject: string, inwoners: number) =>
      t.query(
        `INSERT INTO audit_log (at, subject, rollen, organisatie, doel, actie, wat_soort, inwoner_ids, correlation_id)
         VALUES ('${dag}T08:00:00Z', $1, '{consulent}', $2, 'begeleiding', 'traject-inzien', 'traject', $3::uuid[], 'c')`,
        [subject, d.org, Array.from({ length: inwoners }, () => randomUUID())],
      );
    await lees('anna', 2 * n + 1);
    await lees('bert', 2 * n + 1);
    const res = await (await t.as('privacy', 'WIZ')).get(`/api/v1/audit/ongebruikelijk?datum=${dag}`).expect(200);
    expect(res.body.meldingen).toEqual([
      {
        gebruiker: 'anna',
        inwoners: 2 * n + 1,
        caseload: n,
        drempel: 2 * n,
        nachtelijkeInzages: 0,
        redenen: ['meer-dan-caseload'],
      },
    ]);
  });
});
