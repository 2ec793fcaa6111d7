import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { importJWK, SignJWT } from 'jose';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource, type EntityManager } from 'typeorm';
import { AanmeldingAfgerond } from '@wiz/contracts';
import {
  AuditTrail,
  CombinedWrite,
  DEV_AUDIENCE,
  DEV_ISSUER,
  devIssuerPaths,
  nietGedekteTabellen,
  Outbox,
  Principal,
} from '../src';
import { ServiceTestApp } from '../src/testing';
import { AuditProbeModule, AUDIT_PROBE_API, PROBE_GEGEVENS } from './fixtures/audit-probe.module';
import { probeEventData } from './fixtures/probe.module';

/**
 * The platform's audit trail: the writer's table refuses every rewrite, a person-linked route leaves exactly one
 * row naming the inwoner, and only the privacy role reads the trail (by person, or by user and period), which is
 * itself audited.
 */
describe('platform audit trail', () => {
  const t = new ServiceTestApp('trajecten', (config) => AuditProbeModule.register(config), AUDIT_PROBE_API);
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const rijen = (where = 'true', params: unknown[] = []) =>
    t.query(`SELECT *, inwoner_ids::text[] AS inwoners FROM audit_log WHERE ${where} ORDER BY id`, params);

  it('writes one row, with the inwoner from the answer and the correlation id, for a person-linked read', async () => {
    const id = randomUUID();
    const inwonerId = id.replace(/^.{8}/, 'aaaaaaaa');
    const correlatie = randomUUID();
    await (
      await t.as('consulent', 'GM0014', 'c-1')
    )
      .get(`/api/v1/probe-dossiers/${id}`)
      .set('X-Correlation-Id', correlatie)
      .expect(200);
    const [rij, ...meer] = await rijen('wat_id = $1', [id]);
    expect(meer).toEqual([]);
    expect(rij).toMatchObject({
      subject: 'c-1',
      organisatie: 'GM0014',
      actie: 'dossier-inzien',
      doel: 'begeleiding',
      wat_soort: 'dossier',
      inwoners: [inwonerId],
      correlation_id: correlatie,
    });
    expect(rij.rollen).toEqual(['consulent']);
  });

  it('names the inwoner of the path when the answer names nobody', async () => {
    const inwonerId = randomUUID();
    await (await t.as('consulent', 'GM0014', 'c-2')).get(`/api/v1/probe-dossiers/inwoner/${inwonerId}`).expect(200);
    const [rij] = await rijen(`subject = 'c-2'`);
    expect(rij).toMatchObject({ actie: 'stand-inzien', wat_id: inwonerId, inwoners: [inwonerId] });
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit_log even to a superuser (append-only trigger)', async () => {
    await (await t.as('consulent')).get(`/api/v1/probe-dossiers/${randomUUID()}`).expect(200);
    const voor = (await rijen()).length;
    const superuser = new Client({ connectionString: t.run.databaseUrl('trajecten') });
    await superuser.connect();
    try {
      await expect(superuser.query(`UPDATE audit_log SET doel = 'anders'`)).rejects.toThrow(/audit_log is append-only/);
      await expect(superuser.query('DELETE FROM audit_log')).rejects.toThrow(/audit_log is append-only/);
      await expect(superuser.query('TRUNCATE audit_log')).rejects.toThrow(/audit_log is append-only/);
    } finally {
      await superuser.end();
    }
    expect((await rijen()).length).toBe(voor);
  });

  it('lets only the privacy role read the trail', async () => {
    for (const role of ['consulent', 'beheer', 'frontoffice', 'teamleider'] as const) {
      const res = await (await t.as(role)).get(`/api/v1/audit?inwonerId=${randomUUID()}`);
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
    await (await t.as('privacy')).get(`/api/v1/audit?inwonerId=${randomUUID()}`).expect(200);
    await (await t.as('beheer')).get('/api/v1/audit/ongebruikelijk?datum=2026-12-01').expect(403);
  });

  it('answers by inwoner, paged, latest first, and audits that read', async () => {
    const id = randomUUID();
    const inwonerId = id.replace(/^.{8}/, 'aaaaaaaa');
    const consulent = await t.as('consulent', 'GM0014', 'lezer-1');
    for (let i = 0; i < 3; i += 1) await consulent.get(`/api/v1/probe-dossiers/${id}`).expect(200);
    const privacy = await t.as('privacy', 'GM0014', 'fg-1');
    const eerste = await privacy.get(`/api/v1/audit?inwonerId=${inwonerId}&paginagrootte=2`).expect(200);
    expect(eerste.body).toMatchObject({ pagina: 1, paginagrootte: 2, totaal: 3 });
    expect(eerste.body.items).toHaveLength(2);
    expect(eerste.body.items[0]).toMatchObject({
      gebruiker: 'lezer-1',
      actie: 'dossier-inzien',
      inwonerIds: [inwonerId],
    });
    expect(Number(eerste.body.items[0].id)).toBeGreaterThan(Number(eerste.body.items[1].id));
    const [inzien] = await rijen(`actie = 'audit-inzien' AND subject = 'fg-1'`);
    expect(inzien).toMatchObject({ inwoners: [inwonerId], doel: 'toezicht-gegevensbescherming' });
    // The officer's first read is now in the person's trail too: page 2 holds it and the oldest read.
    const tweede = await privacy.get(`/api/v1/audit?inwonerId=${inwonerId}&paginagrootte=2&pagina=2`).expect(200);
    expect(tweede.body.totaal).toBe(4);
    expect(tweede.body.items.map((i: { actie: string }) => i.actie)).toEqual(['dossier-inzien', 'dossier-inzien']);
  });

  it('answers by user and period (local days, inclusive), and asks for a period with a user', async () => {
    const wie = `periode-${randomUUID()}`;
    const invoegen = (at: string) =>
      t.query(
        `INSERT INTO audit_log (at, subject, rollen, organisatie, doel, actie, wat_soort, inwoner_ids, correlation_id)
         VALUES ($1, $2, '{consulent}', 'GM0014', 'begeleiding', 'traject-inzien', 'traject', ARRAY[$3::uuid], 'c')`,
        [at, wie, randomUUID()],
      );
    await invoegen('2026-11-30T22:59:00Z'); // 30 Nov 23:59 in Amsterdam
    await invoegen('2026-11-30T23:01:00Z'); // 1 Dec 00:01
    await invoegen('2026-12-02T22:30:00Z'); // 2 Dec 23:30
    await invoegen('2026-12-02T23:30:00Z'); // 3 Dec 00:30
    const privacy = await t.as('privacy');
    const res = await privacy.get(`/api/v1/audit?gebruiker=${wie}&van=2026-12-01&tot=2026-12-02`).expect(200);
    expect(res.body.totaal).toBe(2);
    expect(res.body.items.map((i: { at: string }) => i.at)).toEqual([
      '2026-12-02T22:30:00.000Z',
      '2026-11-30T23:01:00.000Z',
    ]);
    const zonderPeriode = await privacy.get(`/api/v1/audit?gebruiker=${wie}`);
    expect(zonderPeriode.status).toBe(400);
    expect(zonderPeriode.headers['content-type']).toMatch(/problem\+json/);
    expect((await privacy.get('/api/v1/audit')).status).toBe(400);
  });

  it('reports a user reading at night on that day', async () => {
    const wie = `nacht-${randomUUID()}`;
    await t.query(
      `INSERT INTO audit_log (at, subject, rollen, organisatie, doel, actie, wat_soort, inwoner_ids, correlation_id)
       VALUES ('2026-10-05T01:30:00Z', $1, '{consulent}', 'GM0014', 'begeleiding', 'traject-inzien', 'traject', ARRAY[$2::uuid], 'c')`,
      [wie, randomUUID()],
    );
    const res = await (await t.as('privacy')).get('/api/v1/audit/ongebruikelijk?datum=2026-10-05').expect(200);
    expect(res.body.drempels.nacht).toEqual({ van: '22:00', tot: '06:00', tijdzone: 'Europe/Amsterdam' });
    expect(res.body.meldingen).toEqual([
      {
        gebruiker: wie,
        inwoners: 1,
        caseload: null,
        drempel: 50,
        nachtelijkeInzages: 1,
        redenen: ['nachtelijk-lezen'],
      },
    ]);
  });

  describe('the inwoner’s own view (issue 20)', () => {
    /** A staff token whose `name` claim the reader's row keeps (the dev issuer's helper mints none). */
    const alsMedewerker = async (subject: string, naam: string) => {
      const jwk = JSON.parse(readFileSync(devIssuerPaths(t.run.dir).privateKey, 'utf8'));
      const token = await new SignJWT({ roles: ['consulent'], organisatie: 'GM0014', name: naam })
        .setProtectedHeader({ alg: 'ES256', kid: jwk.kid, typ: 'JWT' })
        .setSubject(subject)
        .setIssuer(DEV_ISSUER)
        .setAudience(DEV_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(await importJWK(jwk, 'ES256'));
      return (url: string) => request(t.app.getHttpServer()).get(url).set('Authorization', `Bearer ${token}`);
    };
    /** A dossier id whose answer names this inwoner (the probe derives the inwoner from the dossier id). */
    const dossierVan = (inwonerId: string) => `${randomUUID().slice(0, 8)}${inwonerId.slice(8)}`;
    const persoon = () => `aaaaaaaa${randomUUID().slice(8)}`;

    it('keeps the reader’s name and shows who read the person’s data, their merged record’s too, without their own reads', async () => {
      const [ik, vervallen, ander] = [persoon(), persoon(), persoon()];
      await t.query(
        `INSERT INTO inwoner_aliassen (vervallen_inwoner_id, behouden_inwoner_id, samengevoegd_op) VALUES ($1, $2, now())`,
        [vervallen, ik],
      );
      const consulent = await alsMedewerker('staff-subject-1', 'J. de Vries');
      await consulent(`/api/v1/probe-dossiers/${dossierVan(vervallen)}`).expect(200);
      await consulent(`/api/v1/probe-dossiers/${dossierVan(ik)}`).expect(200);
      await (await t.as('consulent', 'GM0034', 'staff-subject-2')).get(`/api/v1/probe-dossiers/${dossierVan(ander)}`);
      const inwoner = await t.asInwoner(ik, { naam: 'A. Inwoner' });
      await inwoner.get('/api/v1/mijn/inzage').expect(200); // their own read: audited, but not shown to them
      const res = await inwoner.get('/api/v1/mijn/inzage').expect(200);
      const jaar = new Date().getUTCFullYear();
      expect(res.body).toMatchObject({ totaal: 2, pagina: 1, van: `${jaar}-01-01` });
      expect(res.body.items).toEqual([
        expect.objectContaining({
          rol: 'consulent',
          naam: 'J. de Vries',
          organisatie: 'GM0014',
          actie: 'dossier-inzien',
          doel: 'begeleiding',
          dienst: 'trajecten',
        }),
        expect.objectContaining({ rol: 'consulent', naam: 'J. de Vries', actie: 'dossier-inzien' }),
      ]);
      expect(res.body.items[0].op >= res.body.items[1].op).toBe(true);
      expect(JSON.stringify(res.body)).not.toContain('staff-subject');
      const eigen = await rijen(`subject = $1`, [ik]);
      expect(eigen.map((r) => [r.actie, r.doel, r.rollen, r.inwoners, r.wie_naam])).toEqual([
        ['mijn-inzage', 'eigen-gegevens', ['inwoner'], [ik], 'A. Inwoner'],
        ['mijn-inzage', 'eigen-gegevens', ['inwoner'], [ik], 'A. Inwoner'],
      ]);
      // The privacy officer sees the name as well; last year's period holds nothing; staff may not ask.
      const trail = await (await t.as('privacy')).get(`/api/v1/audit?inwonerId=${ik}`).expect(200);
      expect(trail.body.items.find((i: { gebruiker: string }) => i.gebruiker === 'staff-subject-1').naam).toBe(
        'J. de Vries',
      );
      const vorigJaar = await inwoner
        .get(`/api/v1/mijn/inzage?van=${jaar - 1}-01-01&tot=${jaar - 1}-12-31`)
        .expect(200);
      expect(vorigJaar.body).toMatchObject({ items: [], totaal: 0 });
      expect((await inwoner.get('/api/v1/mijn/inzage?van=2026-12-02&tot=2026-12-01')).status).toBe(400);
      expect((await (await t.as('consulent')).get('/api/v1/mijn/inzage')).status).toBe(403);
    });

    it('exports the person’s records and trail (their merged record’s too, nobody else’s), audited as their read', async () => {
      const [ik, vervallen, ander] = [persoon(), persoon(), persoon()];
      await t.query(
        `INSERT INTO inwoner_aliassen (vervallen_inwoner_id, behouden_inwoner_id, samengevoegd_op) VALUES ($1, $2, now())`,
        [vervallen, ik],
      );
      await t.query(
        `INSERT INTO probe_notities VALUES ($1, 'mijn notitie'), ($2, 'oude notitie'), ($3, 'van een ander')`,
        [ik, vervallen, ander],
      );
      const consulent = await alsMedewerker('staff-subject-3', 'K. Jansen');
      await consulent(`/api/v1/probe-dossiers/${dossierVan(vervallen)}`).expect(200);
      await consulent(`/api/v1/probe-dossiers/${dossierVan(ander)}`).expect(200);
      const inwoner = await t.asInwoner(ik);
      await inwoner.get('/api/v1/mijn/inzage').expect(200); // their own read: not in their trail
      const res = await inwoner.get('/api/v1/mijn/gegevens-export').expect(200);
      expect(res.body).toMatchObject({
        dienst: 'trajecten',
        onderdelen: [
          {
            soort: 'notities',
            doel: 'begeleiding',
            bewaartermijn: { vanaf: 'afsluiting traject', bron: 'test' },
            gegevens: [{ tekst: 'mijn notitie' }, { tekst: 'oude notitie' }],
          },
          {
            soort: 'inzage',
            ontvangers: expect.arrayContaining(['U zelf']),
            gegevens: [
              {
                op: expect.any(String),
                rol: 'consulent',
                naam: 'K. Jansen',
                organisatie: 'GM0014',
                actie: 'dossier-inzien',
                doel: 'begeleiding',
                dienst: 'trajecten',
              },
            ],
          },
        ],
      });
      expect(JSON.stringify(res.body)).not.toContain('van een ander');
      expect(await rijen(`actie = 'mijn-gegevens-export'`)).toEqual([
        expect.objectContaining({ subject: ik, inwoners: [ik], doel: 'eigen-gegevens' }),
      ]);
      expect((await (await t.as('privacy')).get('/api/v1/mijn/gegevens-export')).status).toBe(403);
    });

    it('names every table with an inwoner_id column that no kind of the register covers', async () => {
      const m = t.app.get(DataSource).manager;
      expect(await nietGedekteTabellen(m, PROBE_GEGEVENS)).toEqual(['probe_tellingen']);
      expect(await nietGedekteTabellen(m, { ...PROBE_GEGEVENS, buiten: { probe_tellingen: 'counts only' } })).toEqual(
        [],
      );
    });
  });

  it("writes the audit row and the event as parts of a caller's statement, only with the change's part (issue 21)", async () => {
    const ds = t.app.get(DataSource);
    const wie: Principal = { subject: 'gecombineerd', roles: ['beheer'], organisatie: 'WIZ' };
    const aanmeldingId = { met: randomUUID(), zonder: randomUUID() };
    const schrijf = (m: EntityManager, wijzigt: boolean) => {
      const write = new CombinedWrite();
      // Stands for a change's own part: a row when it changed something.
      const wijziging = write.with('wijziging', `SELECT 1 WHERE ${write.param(wijzigt)}::boolean`);
      const id = wijzigt ? aanmeldingId.met : aanmeldingId.zonder;
      const regel = { actie: 'gecombineerd', doel: 'test', wat: { soort: 'probe', id }, inwonerIds: [] };
      t.app.get(AuditTrail).schrijfMee(write, wie, regel, wijziging);
      t.app.get(Outbox).addMee(write, AanmeldingAfgerond, probeEventData(id), {}, wijziging);
      return write.run(m);
    };
    const voorbereid = await ds.transaction(async (m) => {
      const namen = async () => (await m.query('SELECT count(*)::int AS n FROM pg_prepared_statements'))[0].n;
      const vooraf = await namen();
      await schrijf(m, true);
      const na1 = await namen();
      await schrijf(m, false);
      return [na1 - vooraf, (await namen()) - na1];
    });
    // The same statement twice on one connection: prepared once, by name, then run on that.
    expect(voorbereid).toEqual([1, 0]);
    const audit = await ds.query(`SELECT wat_id FROM audit_log WHERE actie = 'gecombineerd'`);
    expect(audit.map((r: { wat_id: string }) => r.wat_id)).toEqual([aanmeldingId.met]);
    const events = await ds.query(
      `SELECT envelope->'data'->>'aanmeldingId' AS id FROM outbox WHERE envelope->'data'->>'aanmeldingId' = ANY($1)`,
      [[aanmeldingId.met, aanmeldingId.zonder]],
    );
    expect(events.map((r: { id: string }) => r.id)).toEqual([aanmeldingId.met]);
  });
});
