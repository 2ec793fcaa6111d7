import request from 'supertest';
import { lintOpenApi } from '@wiz/platform/testing';
import { TrajectenTestApp } from './trajecten-test-app';
import { alsBytes, getallenNa, pdfTekst, xlsxBladen } from './rapportage-bestanden';
import { kalenderdag } from '@wiz/contracts';

describe('rapportages: the council report', () => {
  const t = new TrajectenTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const vandaag = kalenderdag(new Date());
  const halfjaar = `${vandaag.slice(0, 4)}-H${Number(vandaag.slice(5, 7)) <= 6 ? 1 : 2}`;
  const monitor = () => t.as('monitor', 'WIZ');
  /** One inwoner a step forward today in GM0014: a move from oriënteren to begeleiden. */
  const stapVooruit = async () => {
    const tr = await t.nieuwTraject({ stap: 'orienteren' });
    await (
      await t.as('consulent', 'GM0014')
    )
      .post(`/api/v1/trajecten/${tr.id}/stappen`, { stap: 'begeleiden', toelichting: 'x' })
      .expect(200);
  };
  const voorbeeld = async (q: string) =>
    (await (await monitor()).get(`/api/v1/rapportages/voorbeeld?${q}`).expect(200)).body;
  const regel = (rapport: any, titel: string, label: string) =>
    rapport.secties.find((s: any) => s.titel === titel).regels.find((r: any) => r.label === label);
  const download = async (id: string, formaat: 'pdf' | 'xlsx') =>
    await alsBytes((await monitor()).get(`/api/v1/rapportages/${id}/bestand?formaat=${formaat}`)).expect(200);

  it('refuses a period that is not a half year or quarter with 400 naming periode, and a correction without a reason with 409', async () => {
    const m = await monitor();
    for (const periode of ['2026-H3', '2026-Q5', '2026', '2026-h1']) {
      const res = await m.get(`/api/v1/rapportages/voorbeeld?periode=${periode}`).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('periode');
    }
    expect((await m.post('/api/v1/rapportages', { periode: '2026-H3' }).expect(400)).body.errors[0].field).toBe(
      'periode',
    );
    expect(
      (await m.post('/api/v1/rapportages', { periode: '2025-Q1', gemeentecode: 'gm14' }).expect(400)).body.errors[0]
        .field,
    ).toBe('gemeentecode');
    const eerste = (await m.post('/api/v1/rapportages', { periode: '2025-Q1' }).expect(201)).body;
    const tweede = await m.post('/api/v1/rapportages', { periode: '2025-Q1' }).expect(409);
    expect(tweede.body).toMatchObject({ bestaandId: eerste.id, errors: [{ field: 'reden' }] });
    const correctie = (
      await m.post('/api/v1/rapportages', { periode: '2025-Q1', reden: 'Plaatsingen van maart nagekomen' }).expect(201)
    ).body;
    expect(correctie).toMatchObject({ versie: 2, reden: 'Plaatsingen van maart nagekomen' });
    const { items } = (await m.get('/api/v1/rapportages?periode=2025-Q1').expect(200)).body;
    expect(items.map((i: { versie: number }) => i.versie)).toEqual([2, 1]);

    // Two first publications at the same moment take turns: one is version 1, the other is told it exists.
    const tegelijk = await Promise.all([
      m.post('/api/v1/rapportages', { periode: '2025-Q2' }),
      m.post('/api/v1/rapportages', { periode: '2025-Q2' }),
    ]);
    expect(tegelijk.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it('previews without storing, and keeps a published report, its figures and both files byte-identical after later events', async () => {
    await stapVooruit();
    const q = `periode=${halfjaar}&gemeentecode=GM0014`;
    const voor = await voorbeeld(q);
    expect(regel(voor, 'Kerncijfers', 'Inwoners een stap vooruit').waarde).toBe(1);
    expect((await (await monitor()).get(`/api/v1/rapportages?periode=${halfjaar}`).expect(200)).body.items).toEqual([]);

    const gepubliceerd = (
      await (
        await t.as('beheer', 'WIZ', 'beheerder-1')
      )
        .post('/api/v1/rapportages', { periode: halfjaar, gemeentecode: 'GM0014' })
        .expect(201)
    ).body;
    expect(gepubliceerd).toMatchObject({
      periode: halfjaar,
      gemeentecode: 'GM0014',
      versie: 1,
      gepubliceerdDoor: 'beheerder-1',
      definitieVersie: voor.definitieVersie,
    });
    const eerst = {
      rapport: (await (await monitor()).get(`/api/v1/rapportages/${gepubliceerd.id}`).expect(200)).body,
      pdf: await download(gepubliceerd.id, 'pdf'),
      xlsx: await download(gepubliceerd.id, 'xlsx'),
    };
    expect(eerst.rapport.rapport).toEqual(voor);
    expect(eerst.pdf.headers['content-type']).toBe('application/pdf');
    expect(eerst.pdf.headers['content-disposition']).toBe(
      `attachment; filename="rapportage-${halfjaar}-GM0014-v1.pdf"`,
    );
    expect(eerst.xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );

    // Later: two more inwoners step forward inside the same half year; the preview follows, the publication does not.
    await stapVooruit();
    await stapVooruit();
    // And a definition change: beheer sets another target for the gemeente and a target for placements.
    const beheer = await t.as('beheer', 'WIZ');
    const geldigVanaf = `${halfjaar.slice(0, 4)}-${halfjaar.endsWith('H1') ? '01' : '07'}-01`;
    await beheer
      .post('/api/v1/streefwaarden', {
        sleutel: 'inwoners-een-stap-vooruit',
        gemeentecode: 'GM0014',
        geldigVanaf,
        doel: 1500,
      })
      .expect(201);
    await beheer
      .post('/api/v1/streefwaarden', { sleutel: 'plaatsingen', gemeentecode: 'GM0014', geldigVanaf, doel: 40 })
      .expect(201);
    const nu = await voorbeeld(q);
    expect(regel(nu, 'Kerncijfers', 'Inwoners een stap vooruit')).toMatchObject({ waarde: 3, doel: 1500 });
    expect(regel(nu, 'Kerncijfers', 'Plaatsingen').doel).toBe(40);
    expect(regel(voor, 'Kerncijfers', 'Plaatsingen').doel).toBeNull();
    const later = (await (await monitor()).get(`/api/v1/rapportages/${gepubliceerd.id}`).expect(200)).body;
    expect(later).toEqual(eerst.rapport);
    expect((await download(gepubliceerd.id, 'pdf')).body.equals(eerst.pdf.body)).toBe(true);
    expect((await download(gepubliceerd.id, 'xlsx')).body.equals(eerst.xlsx.body)).toBe(true);
    const { items } = (await (await monitor()).get(`/api/v1/rapportages?periode=${halfjaar}`).expect(200)).body;
    expect(items).toEqual([
      expect.objectContaining({ id: gepubliceerd.id, gepubliceerdDoor: 'beheerder-1', sha256: gepubliceerd.sha256 }),
    ]);

    // The service's own database role cannot change or remove it (and a trigger stops the owner too).
    await expect(t.query(`UPDATE rapportages SET cijfers = '{}' WHERE id = $1`, [gepubliceerd.id])).rejects.toThrow(
      /permission denied|never changes/,
    );
    await expect(
      t.query(`DELETE FROM rapportage_bestanden WHERE rapportage_id = $1`, [gepubliceerd.id]),
    ).rejects.toThrow(/permission denied|never changes/);
  });

  it('writes the same figures in the PDF as in the XLSX and the frozen JSON, numbers as numbers', async () => {
    await stapVooruit();
    const { id } = (await (await monitor()).post('/api/v1/rapportages', { periode: halfjaar }).expect(201)).body;
    const { rapport } = (await (await monitor()).get(`/api/v1/rapportages/${id}`).expect(200)).body;
    const pdf = await pdfTekst((await download(id, 'pdf')).body);
    const bladen = await xlsxBladen((await download(id, 'xlsx')).body);
    expect(pdf.regels).toContain(
      `Teldefinitie versie ${rapport.definitieVersie} · gepubliceerd ${vandaag} · pagina 1 van ${pdf.paginas}`,
    );
    expect(bladen.get('Rapportage')).toContainEqual(['Teldefinitie versie', rapport.definitieVersie]);
    // The figures' pages: the definitions appendix is prose (its sentences may start like a label).
    const cijferregels = pdf.regels.slice(0, pdf.regels.indexOf('Bijlage: definities'));
    let vergeleken = 0;
    for (const sectie of rapport.secties) {
      const rijen = bladen.get(sectie.titel)!.slice(1);
      expect(rijen.map(([label, waarde, doel]) => ({ label, waarde, doel: doel ?? null }))).toEqual(sectie.regels);
      for (const [label, waarde, doel] of rijen as [string, number, number | undefined][]) {
        expect(typeof waarde).toBe('number');
        const inPdf = cijferregels.filter((r) => r.startsWith(`${label} `) && getallenNa(r, label).length > 0);
        expect(inPdf.length).toBeGreaterThan(0);
        for (const r of inPdf) expect(getallenNa(r, label)).toEqual(doel === undefined ? [waarde] : [waarde, doel]);
        vergeleken++;
      }
    }
    expect(vergeleken).toBeGreaterThanOrEqual(15);
    for (const d of rapport.definities) expect(pdf.regels).toContain(d.term);
    expect(
      bladen
        .get('Definities')!
        .slice(1)
        .map(([term]) => term),
    ).toEqual(rapport.definities.map((d: { term: string }) => d.term));
  });

  it('documents every report route in the OpenAPI document, which passes the NL API Design Rules', async () => {
    const doc = (await request(t.app.getHttpServer()).get('/api/v1/openapi.json').expect(200)).body;
    expect(
      Object.keys(doc.paths)
        .filter((p) => p.startsWith('/rapportages'))
        .sort(),
    ).toEqual(['/rapportages', '/rapportages/voorbeeld', '/rapportages/{id}', '/rapportages/{id}/bestand'].sort());
    const fouten = (await lintOpenApi(doc)).filter((f) => f.severity === 'error');
    expect(fouten).toEqual([]);
  });
});
