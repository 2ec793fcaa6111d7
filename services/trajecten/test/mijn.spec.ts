import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import request from 'supertest';
import { base64url, type JWK } from 'jose';
import { eventually } from '@wiz/platform/testing';
import { TrajectenTestApp } from './trajecten-test-app';
import { alsBytes, pdfTekst } from './rapportage-bestanden';
import { credentialVan, signeer } from '../src/modules/mijn/domain/credential';
import { kalenderdag } from '@wiz/contracts';

/** A key retired before this run: its public half is listed in CREDENTIAL_PREVIOUS_JWKS, as after a rotation. */
const eerder = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const eerderPrive = { ...(eerder.privateKey.export({ format: 'jwk' }) as JWK), kid: 'sleutel-2025' };
const eerderBestand = path.join(mkdtempSync(path.join(tmpdir(), 'wiz-credential-')), 'jwks.json');
writeFileSync(
  eerderBestand,
  JSON.stringify({ keys: [{ ...(eerder.publicKey.export({ format: 'jwk' }) as JWK), kid: 'sleutel-2025' }] }),
);

const UITGEVER = 'https://werkinzicht.example/credentials';
const dagenGeleden = (n: number) => kalenderdag(new Date(Date.now() - n * 86_400_000));

/**
 * Mijn Werk in Zicht in trajecten (issue 20): the inwoner reads only their own trajecten and results (the person
 * from the token, another's result id 404), downloads a certificate and a credential, and anyone verifies it.
 */
describe('trajecten: mijn trajecten, resultaten and credentials', () => {
  const t = new TrajectenTestApp({ CREDENTIAL_PREVIOUS_JWKS: eerderBestand });
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const beheer = () => t.as('beheer', 'WIZ');
  const publiek = () => request(t.app.getHttpServer());
  const activiteit = async (trajectId: string, soort: string, resultaat?: string, datum = dagenGeleden(3)) => {
    const c = await beheer();
    const { id } = (
      await c.post(`/api/v1/trajecten/${trajectId}/activiteiten`, { soort, startdatum: dagenGeleden(40) }).expect(201)
    ).body;
    if (resultaat)
      await c.post(`/api/v1/trajecten/${trajectId}/activiteiten/${id}/afronding`, { resultaat, datum }).expect(200);
    return id as string;
  };

  /** Anna's traject: a consulent, a goal, a course behaald, a praktijkverklaring, a running one, and a job. */
  let anna: { id: string; inwonerId: string };
  let annaCursus: string;
  let annaVerklaring: string;
  let annaLopend: string;
  let annaPlaatsing: string;
  let bertCursus: string;
  let bert: { id: string; inwonerId: string };
  beforeAll(async () => {
    anna = await t.nieuwTraject({ organisatie: 'GM0014', gemeentecode: 'GM0014' });
    bert = await t.nieuwTraject({ organisatie: 'GM0037', gemeentecode: 'GM0037' });
    const c = await beheer();
    const medewerker = { naam: 'Karin Bos', organisatie: 'GM0014', team: 'noord', actief: true };
    await c.put('/api/v1/medewerkers/karin', medewerker).expect(200);
    await c.post(`/api/v1/trajecten/${anna.id}/toewijzing`, { consulent: 'karin' }).expect(200);
    await c.post(`/api/v1/trajecten/${anna.id}/plan/doelen`, { omschrijving: 'Werk in de zorg vinden' }).expect(201);
    annaCursus = await activiteit(anna.id, 'kansrijk-opleiden', 'behaald', dagenGeleden(10));
    annaVerklaring = await activiteit(anna.id, 'praktijkverklaring', 'behaald', dagenGeleden(5));
    annaLopend = await activiteit(anna.id, 'werkfit');
    await activiteit(anna.id, 'taal', 'niet-behaald');
    await activiteit(anna.id, 'loopbaanadvies', 'behaald');
    annaPlaatsing = (await t.plaatsing(anna.id, anna.inwonerId, { startdatum: dagenGeleden(2) })).data.plaatsingId;
    // A placement that starts next month is not a result yet.
    await t.plaatsing(anna.id, anna.inwonerId, {
      startdatum: kalenderdag(new Date(Date.now() + 30 * 86_400_000)),
    });
    bertCursus = await activiteit(bert.id, 'taal', 'behaald');
    await c.post(`/api/v1/trajecten/${bert.id}/afsluiting`, { reden: 'scholing', datum: dagenGeleden(1) }).expect(200);
    await eventually(async () => {
      const rijen = await t.query(`SELECT 1 FROM opvolgingen WHERE traject_id = $1 AND soort = 'duurzaamheidscheck'`, [
        anna.id,
      ]);
      expect(rijen).toHaveLength(2);
    });
  });

  const alsAnna = () => t.asInwoner(anna.inwonerId, { naam: 'Anna de Vries' });
  const alsBert = () => t.asInwoner(bert.inwonerId, { gemeentecode: 'GM0037', naam: 'Bert Smit' });

  it('shows the inwoner their own traject: steps, goals, activities and the appointments still to come', async () => {
    const { items } = (await (await alsAnna()).get('/api/v1/mijn/trajecten').expect(200)).body;
    expect(items).toHaveLength(1);
    const traject = items[0];
    expect(traject).toMatchObject({
      id: anna.id,
      status: 'actief',
      huidigeStap: 'orienteren',
      stappen: [{ stap: 'orienteren', van: expect.any(String) }],
      gestartOp: expect.any(String),
      organisatie: 'Gemeente Groningen',
      consulent: { naam: 'Karin Bos' },
      planDoelen: [{ omschrijving: 'Werk in de zorg vinden', status: 'open' }],
    });
    expect(JSON.stringify(traject)).not.toMatch(/karin"|inwonerId|notitie/);
    expect(traject.activiteiten).toHaveLength(5);
    expect(traject.activiteiten.find((a: { id: string }) => a.id === annaLopend)).toEqual({
      id: annaLopend,
      soort: 'werkfit',
      status: 'lopend',
      van: dagenGeleden(40),
    });
    expect(traject.activiteiten.find((a: { id: string }) => a.id === annaCursus)).toMatchObject({
      status: 'afgerond',
      resultaat: 'behaald',
      tot: dagenGeleden(10),
    });
    const afspraken: { op: string; soort: string }[] = traject.volgendeAfspraken;
    expect(afspraken.map((a) => a.soort).sort()).toEqual(['contactmoment', 'duurzaamheidscheck', 'duurzaamheidscheck']);
    expect(afspraken.map((a) => a.op)).toEqual([...afspraken.map((a) => a.op)].sort());
    expect(afspraken.every((a) => Date.parse(a.op) > Date.now())).toBe(true);
    const bertZijn = (await (await alsBert()).get('/api/v1/mijn/trajecten').expect(200)).body.items;
    expect(bertZijn).toEqual([
      expect.objectContaining({
        id: bert.id,
        status: 'afgesloten',
        afgeslotenOp: dagenGeleden(1),
        organisatie: 'Gemeente Stadskanaal',
        volgendeAfspraken: [],
      }),
    ]);
    expect(bertZijn[0].stappen[0].tot).toEqual(expect.any(String));
    expect(bertZijn[0].consulent).toBeUndefined();
  });

  it('lists the results: courses and praktijkverklaringen behaald and placements that started, newest first', async () => {
    const { items } = (await (await alsAnna()).get('/api/v1/mijn/resultaten').expect(200)).body;
    expect(items).toEqual([
      {
        id: annaPlaatsing,
        soort: 'plaatsing',
        omschrijving: expect.any(String),
        behaaldOp: dagenGeleden(2),
        organisatie: 'Gemeente Groningen',
      },
      expect.objectContaining({ id: annaVerklaring, soort: 'praktijkverklaring', behaaldOp: dagenGeleden(5) }),
      expect.objectContaining({ id: annaCursus, soort: 'opleiding', behaaldOp: dagenGeleden(10) }),
    ]);
    const bertZijn = (await (await alsBert()).get('/api/v1/mijn/resultaten').expect(200)).body.items;
    expect(bertZijn.map((r: { id: string }) => r.id)).toEqual([bertCursus]);
  });

  it("answers 404 for another inwoner's result (IDOR), writes no audit row for it, and lets no staff in", async () => {
    const a = await alsAnna();
    for (const soort of ['certificaat', 'credential']) {
      await a.get(`/api/v1/mijn/resultaten/${bertCursus}/${soort}`).expect(404);
      await a.get(`/api/v1/mijn/resultaten/${randomUUID()}/${soort}`).expect(404);
      await a.get(`/api/v1/mijn/resultaten/${annaLopend}/${soort}`).expect(404);
    }
    const rijen = await t.query(`SELECT 1 FROM audit_log WHERE wat_id = ANY($1::text[])`, [[bertCursus, annaLopend]]);
    expect(rijen).toEqual([]);
    await (await t.as('consulent', 'GM0014', 'karin')).get('/api/v1/mijn/trajecten').expect(403);
    await (await beheer()).get('/api/v1/mijn/resultaten').expect(403);
    await publiek().get('/api/v1/mijn/trajecten').expect(401);
  });

  it('issues a credential that anyone verifies without logging in, audited as the inwoner', async () => {
    const res = await (await alsAnna()).get(`/api/v1/mijn/resultaten/${annaVerklaring}/credential`).expect(200);
    expect(res.body).toEqual({ credential: expect.any(String), formaat: 'vc+jwt' });
    const { credential } = res.body;
    const claims = JSON.parse(Buffer.from(credential.split('.')[1], 'base64url').toString());
    expect(JSON.stringify(claims)).not.toContain(anna.inwonerId);
    const ok = await publiek().post('/api/v1/credentials/verificaties').send({ credential }).expect(200);
    expect(ok.body).toEqual({
      geldig: true,
      uitgegevenDoor: UITGEVER,
      geldigVanaf: claims.validFrom,
      onderwerp: {
        naam: 'Anna de Vries',
        resultaat: {
          soort: 'praktijkverklaring',
          omschrijving: expect.stringContaining('Praktijkverklaring'),
          behaaldOp: dagenGeleden(5),
          organisatie: 'Gemeente Groningen',
        },
      },
    });
    const [rij] = await t.query(
      `SELECT subject, rollen, doel, inwoner_ids FROM audit_log WHERE actie = 'credential-uitgeven' AND wat_id = $1`,
      [annaVerklaring],
    );
    expect(rij).toEqual({
      subject: anna.inwonerId,
      rollen: ['inwoner'],
      doel: 'eigen-gegevens',
      inwoner_ids: [anna.inwonerId],
    });
  });

  it('says why an altered, foreign or unreadable credential is not valid; a malformed body is 400', async () => {
    const { credential } = (await (await alsAnna()).get(`/api/v1/mijn/resultaten/${annaCursus}/credential`)).body;
    const [kop, inhoud, handtekening] = credential.split('.');
    const claims = JSON.parse(Buffer.from(inhoud, 'base64url').toString());
    claims.credentialSubject.resultaat.omschrijving = 'Arts';
    const vervalst = [kop, base64url.encode(JSON.stringify(claims)), handtekening].join('.');
    const geenAlg = [base64url.encode(JSON.stringify({ alg: 'none', typ: 'vc+jwt' })), inhoud, 'AA'].join('.');
    const verwacht: [string, string][] = [
      [vervalst, 'handtekening-ongeldig'],
      [geenAlg, 'handtekening-ongeldig'],
      ['geen.credential', 'onleesbaar'],
    ];
    for (const [c, reden] of verwacht) {
      const res = await publiek().post('/api/v1/credentials/verificaties').send({ credential: c }).expect(200);
      expect(res.body).toEqual({ geldig: false, reden });
    }
    for (const body of [{}, { credential: 42 }, { credential: 'x', extra: 1 }]) {
      const res = await publiek().post('/api/v1/credentials/verificaties').send(body).expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('publishes the keys without private parts and still verifies a credential signed before a rotation', async () => {
    const { keys } = (await publiek().get('/api/v1/credentials/sleutels').expect(200)).body;
    expect(keys.map((k: JWK) => k.kid)).toEqual([expect.any(String), 'sleutel-2025']);
    expect(keys.every((k: JWK) => k.d === undefined && k.kty === 'EC' && k.alg === 'ES256')).toBe(true);
    const onderwerp = {
      naam: 'Anna de Vries',
      resultaat: { soort: 'opleiding' as const, omschrijving: 'Taal', behaaldOp: '2025-06-01', organisatie: 'UWV' },
    };
    const oud = await signeer(
      credentialVan({ uitgever: UITGEVER, onderwerp, geldigVanaf: new Date('2025-06-02') }),
      eerderPrive,
    );
    const res = await publiek().post('/api/v1/credentials/verificaties').send({ credential: oud }).expect(200);
    expect(res.body).toMatchObject({ geldig: true, onderwerp });
  });

  it('makes a certificate PDF with the name, the result and a credential that verifies', async () => {
    const a = await alsAnna();
    const res = await alsBytes(a.get(`/api/v1/mijn/resultaten/${annaPlaatsing}/certificaat`)).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    const { regels } = await pdfTekst(pdf);
    expect(regels).toEqual(expect.arrayContaining(['Anna de Vries', 'Aan het werk']));
    expect(regels.join(' ')).toContain('/verifieer');
    const credential = regels.filter((r) => /^[A-Za-z0-9_.-]+$/.test(r)).join('');
    const check = await publiek().post('/api/v1/credentials/verificaties').send({ credential }).expect(200);
    expect(check.body).toMatchObject({ geldig: true, onderwerp: { naam: 'Anna de Vries' } });
    expect(check.body.onderwerp.resultaat.soort).toBe('plaatsing');
  });

  it('answers a restricted person their own traject and results (art. 15), and shows an erased traject to nobody', async () => {
    const beperkt = await t.nieuwTraject();
    const resultaat = await activiteit(beperkt.id, 'praktijkverklaring', 'behaald');
    await t.query(
      `INSERT INTO beperkingen (inwoner_id, beperkt, verzoek_id, gewijzigd_op) VALUES ($1, true, $2, now())`,
      [beperkt.inwonerId, randomUUID()],
    );
    // Staff are held by the restriction; the person themself is not.
    const staf = await (await t.as('consulent', 'GM0014')).get(`/api/v1/trajecten/${beperkt.id}`).expect(403);
    expect(staf.body).toMatchObject({ beperkt: true });
    const b = await t.asInwoner(beperkt.inwonerId, { naam: 'C. Beperkt' });
    const eigen = (await b.get('/api/v1/mijn/trajecten').expect(200)).body.items;
    expect(eigen.map((x: { id: string }) => x.id)).toEqual([beperkt.id]);
    const resultaten = (await b.get('/api/v1/mijn/resultaten').expect(200)).body.items;
    expect(resultaten.map((r: { id: string }) => r.id)).toEqual([resultaat]);

    const gewist = await t.nieuwTraject();
    const g = await t.asInwoner(gewist.inwonerId, { naam: 'D. Gewist' });
    const id = await activiteit(gewist.id, 'praktijkverklaring', 'behaald');
    expect((await g.get('/api/v1/mijn/resultaten').expect(200)).body.items).toHaveLength(1);
    await t.query('UPDATE trajecten SET gewist_op = now() WHERE id = $1', [gewist.id]);
    expect((await g.get('/api/v1/mijn/trajecten').expect(200)).body.items).toEqual([]);
    expect((await g.get('/api/v1/mijn/resultaten').expect(200)).body.items).toEqual([]);
    await g.get(`/api/v1/mijn/resultaten/${id}/credential`).expect(404);
  });
});
