import { TrajectenTestApp } from './trajecten-test-app';
import { dossierFixture } from './dossier';
import { leerwerkloketOntvanger } from './leerwerkloket';
import { kalenderdag } from '@wiz/contracts';

/** The journal of a traject (issue 18): notes by their author, corrections as versions, sensitive notes, audit. */
describe('trajecten: journal', () => {
  const t = new TrajectenTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());
  const d = dossierFixture(t);
  beforeAll(() => d.medewerkers());

  const notitie = { soort: 'gesprek', tekst: 'Afgesproken: cv sturen.', datum: '2026-03-02' };
  const schrijf = async (trajectId: string, subject = 'anna', body: object = notitie) =>
    (await (await d.als(subject)).post(`/api/v1/trajecten/${trajectId}/notities`, body).expect(201)).body;
  const lijst = async (trajectId: string, subject: string, query = '') =>
    (await (await d.als(subject)).get(`/api/v1/trajecten/${trajectId}/notities${query}`).expect(200)).body.items;

  it('keeps a note exactly as typed, by its author, newest conversation first', async () => {
    const { id } = await d.vanAnna();
    const tekst = '  <b>Schulden</b> & "vragen"\n<script>alert(1)</script>  ';
    const eerste = await schrijf(id, 'anna', { soort: 'afspraak', tekst, datum: '2026-03-01' });
    expect(eerste).toEqual({ id: expect.any(String), versie: 1 });
    const tweede = await schrijf(id, 'bert', { ...notitie, datum: '2026-03-05' });
    const items = await lijst(id, 'anna');
    expect(items.map((n: { id: string }) => n.id)).toEqual([tweede.id, eerste.id]);
    expect(items[1]).toEqual({
      id: eerste.id,
      versie: 1,
      soort: 'afspraak',
      tekst,
      datum: '2026-03-01',
      gevoelig: false,
      auteur: 'anna',
      geschrevenOp: expect.any(String),
      reden: null,
    });
  });

  it('corrects a note by a new version linked to the old one; only the author corrects', async () => {
    const { id } = await d.vanAnna();
    const { id: notitieId } = await schrijf(id);
    const pad = `/api/v1/trajecten/${id}/notities/${notitieId}/correcties`;
    const anna = await d.als('anna');
    expect((await anna.post(pad, { tekst: 'Cv en brief sturen.', reden: 'brief vergeten' }).expect(201)).body).toEqual({
      id: notitieId,
      versie: 2,
    });
    await anna.post(pad, { tekst: 'Cv, brief en diploma.', reden: 'diploma ook' }).expect(201);
    await (await d.als('bert')).post(pad, { tekst: 'Anders.', reden: 'ik weet het beter' }).expect(403);
    await (await d.beheer()).post(pad, { tekst: 'Anders.', reden: 'beheer' }).expect(403);

    const [n] = await lijst(id, 'bert', '?historie=true');
    expect(n).toMatchObject({ id: notitieId, versie: 3, tekst: 'Cv, brief en diploma.', reden: 'diploma ook' });
    expect(n.historie.map((v: { versie: number; reden: string | null }) => [v.versie, v.reden])).toEqual([
      [2, 'brief vergeten'],
      [1, null],
    ]);
    expect((await lijst(id, 'anna'))[0].historie).toBeUndefined();
    const rijen = await t.query(
      'SELECT versie, vorige_id, id FROM journaal_notities WHERE notitie_id = $1 ORDER BY versie',
      [notitieId],
    );
    expect(rijen.map((r) => r.vorige_id)).toEqual([null, rijen[0].id, rijen[1].id]);
    const onbekend = `/api/v1/trajecten/${id}/notities/${crypto.randomUUID()}/correcties`;
    await anna.post(onbekend, { tekst: 'x', reden: 'y' }).expect(404);
  });

  it('refuses to change or remove a note at the database level, even to the owner', async () => {
    const { id } = await d.vanAnna();
    const { id: notitieId } = await schrijf(id);
    // The runtime may write only the erasable text columns, and the trigger lets that through only as erasure.
    await expect(
      t.query(`UPDATE journaal_notities SET datum = '2020-01-01' WHERE notitie_id = $1`, [notitieId]),
    ).rejects.toThrow(/permission denied/);
    await expect(t.query('DELETE FROM journaal_notities WHERE notitie_id = $1', [notitieId])).rejects.toThrow(
      /permission denied/,
    );
    await expect(
      t.query(`UPDATE journaal_notities SET tekst = 'x' WHERE notitie_id = $1`, [notitieId]),
    ).rejects.toThrow(/journaal_notities is append-only/);
    for (const sql of [
      `UPDATE journaal_notities SET tekst = 'x' WHERE notitie_id = $1`,
      'DELETE FROM journaal_notities WHERE notitie_id = $1',
    ])
      await expect(d.alsEigenaar(sql, [notitieId])).rejects.toThrow(/journaal_notities is append-only/);
    await expect(d.alsEigenaar('TRUNCATE journaal_notities CASCADE')).rejects.toThrow(/append-only/);
  });

  it("shows a sensitive note to its author and the author's team only; others are not told it exists", async () => {
    const { id } = await d.vanAnna();
    const { id: gevoelig } = await schrijf(id, 'anna', { ...notitie, gevoelig: true, tekst: 'Schuldhulp loopt.' });
    await schrijf(id, 'anna');
    const ids = async (subject: string, rol: 'consulent' | 'teamleider' = 'consulent') =>
      (await (await d.als(subject, rol)).get(`/api/v1/trajecten/${id}/notities`).expect(200)).body.items.map(
        (n: { id: string }) => n.id,
      );
    expect(await ids('anna')).toContain(gevoelig);
    expect(await ids('bert')).toContain(gevoelig);
    expect(await ids('tl', 'teamleider')).toContain(gevoelig);

    // eva (team zuid) stands in for anna today: the traject opens to her, anna's sensitive note does not.
    const vandaag = kalenderdag(new Date());
    await (
      await d.beheer()
    )
      .post('/api/v1/vervangingen', { vervanger: 'eva', voor: 'anna', van: vandaag, tot: vandaag })
      .expect(201);
    const vanEva = await ids('eva');
    expect(vanEva).toHaveLength(1);
    expect(vanEva).not.toContain(gevoelig);
    expect((await (await d.beheer()).get(`/api/v1/trajecten/${id}/notities`).expect(200)).body.items).toHaveLength(1);
    const pad = `/api/v1/trajecten/${id}/notities/${gevoelig}/correcties`;
    await (await d.als('eva')).post(pad, { tekst: 'x', reden: 'y' }).expect(404);
  });

  it('answers 404 outside the caseload and team and to another organisation', async () => {
    const { id } = await d.vanAnna();
    const { id: notitieId } = await schrijf(id);
    const buiten = [
      await d.als('cor'),
      await d.als('anna', 'consulent', 'GM0034'),
      await t.as('consulent', d.org, 'x'),
    ];
    for (const wie of buiten) {
      await wie.get(`/api/v1/trajecten/${id}/notities`).expect(404);
      await wie.post(`/api/v1/trajecten/${id}/notities`, notitie).expect(404);
      await wie
        .post(`/api/v1/trajecten/${id}/notities/${notitieId}/correcties`, { tekst: 'x', reden: 'y' })
        .expect(404);
    }
    await (await d.als('anna')).get(`/api/v1/trajecten/${crypto.randomUUID()}/notities`).expect(404);
  });

  it('keeps each holder’s notes in its own file: the receiving organisation reads from the handover on, and the first one its own again when the traject comes back', async () => {
    const beheer = await d.beheer();
    await leerwerkloketOntvanger(t, 'loket-noord', 'noord');
    const { id } = await d.vanAnna();
    const { id: gevoelig } = await schrijf(id, 'anna', { ...notitie, gevoelig: true });
    const { id: gewoon } = await schrijf(id, 'anna');
    const { id: doorBeheer } = (
      await beheer.post(`/api/v1/trajecten/${id}/notities`, { ...notitie, tekst: 'Door beheer.' }).expect(201)
    ).body;
    const anna = await d.als('anna');
    await anna.post(`/api/v1/trajecten/${id}/stappen`, { stap: 'scholen', toelichting: 'mbo' }).expect(200);
    const voorstel = await anna
      .post(`/api/v1/trajecten/${id}/overdrachten`, { naarOrganisatie: 'leerwerkloket', toelichting: 'mbo' })
      .expect(201);
    const nieuw = await t.as('consulent', 'leerwerkloket', 'loket-noord', 'noord');
    await nieuw.post(`/api/v1/overdrachten/${voorstel.body.id}/acceptatie`).expect(200);

    // The gemeente's notes stay in its file, the plain ones too, even for a team of the same name; the handover's
    // note is what the leerwerkloket has. A note of the gemeente's file cannot be corrected from there either.
    const ids = (items: { id: string }[]) => items.map((n) => n.id);
    expect(ids((await nieuw.get(`/api/v1/trajecten/${id}/notities`).expect(200)).body.items)).toEqual([]);
    await nieuw.post(`/api/v1/trajecten/${id}/notities/${gewoon}/correcties`, { tekst: 'x', reden: 'x' }).expect(404);
    const { id: vanLoket } = (
      await nieuw.post(`/api/v1/trajecten/${id}/notities`, { ...notitie, tekst: 'Intake mbo.' }).expect(201)
    ).body;
    expect(ids((await nieuw.get(`/api/v1/trajecten/${id}/notities`).expect(200)).body.items)).toEqual([vanLoket]);
    await anna.get(`/api/v1/trajecten/${id}/notities`).expect(404);
    // Beheer reads every file.
    expect(ids((await beheer.get(`/api/v1/trajecten/${id}/notities`).expect(200)).body.items).sort()).toEqual(
      [gewoon, doorBeheer, vanLoket].sort(),
    );

    const terug = await nieuw
      .post(`/api/v1/trajecten/${id}/overdrachten`, { naarOrganisatie: 'GM0063', toelichting: 'terug' })
      .expect(201);
    await anna.post(`/api/v1/overdrachten/${terug.body.id}/acceptatie`).expect(200);
    await beheer.post(`/api/v1/trajecten/${id}/toewijzing`, { consulent: 'anna' }).expect(200);
    expect(ids(await lijst(id, 'anna')).sort()).toEqual([gevoelig, gewoon, doorBeheer].sort());
  });

  it('audits every read of the journal, without its text; a refused read leaves no row', async () => {
    const { id } = await d.vanAnna();
    await schrijf(id, 'anna', { ...notitie, tekst: 'Geheim-woord-123' });
    await lijst(id, 'anna');
    await lijst(id, 'bert', '?historie=true');
    await (await d.als('cor')).get(`/api/v1/trajecten/${id}/notities`).expect(404);
    const audit = await t.query(`SELECT * FROM audit_log WHERE wat_id = $1 AND actie = 'journaal-inzien' ORDER BY id`, [
      id,
    ]);
    expect(audit.map((a) => [a.subject, a.actie, a.organisatie, a.rollen])).toEqual([
      ['anna', 'journaal-inzien', d.org, ['consulent']],
      ['bert', 'journaal-inzien', d.org, ['consulent']],
    ]);
    expect(JSON.stringify(audit)).not.toContain('Geheim-woord-123');
    await expect(t.query('DELETE FROM audit_log WHERE wat_id = $1', [id])).rejects.toThrow(/permission denied/);
    await expect(d.alsEigenaar('DELETE FROM audit_log WHERE wat_id = $1', [id])).rejects.toThrow(/append-only/);
  });

  it('answers 400 naming the field for bad input', async () => {
    const { id } = await d.vanAnna();
    const anna = await d.als('anna');
    const gevallen: [object, string][] = [
      [{ ...notitie, soort: 'roddel' }, 'soort'],
      [{ ...notitie, tekst: '' }, 'tekst'],
      [{ ...notitie, tekst: '   ' }, 'tekst'],
      [{ ...notitie, tekst: 'x'.repeat(10_001) }, 'tekst'],
      [{ ...notitie, datum: '2026-02-30' }, 'datum'],
      [{ ...notitie, gevoelig: 'ja' }, 'gevoelig'],
    ];
    for (const [body, veld] of gevallen) {
      const res = await anna.post(`/api/v1/trajecten/${id}/notities`, body).expect(400);
      expect(res.body.errors[0].field).toBe(veld);
    }
    await anna.post(`/api/v1/trajecten/${id}/notities`, { ...notitie, tekst: 'x'.repeat(10_000) }).expect(201);
    const { id: notitieId } = await schrijf(id);
    const fout = await anna
      .post(`/api/v1/trajecten/${id}/notities/${notitieId}/correcties`, { tekst: 'x' })
      .expect(400);
    expect(fout.body.errors[0].field).toBe('reden');
  });
});
