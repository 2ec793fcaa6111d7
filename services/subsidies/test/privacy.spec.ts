import { SubsidiesTestApp } from './subsidies-test-app';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  AanmeldingAfgerond,
  EventData,
  EventDefinition,
  EVENT_EXAMPLES,
  InwonerGewist,
  InwonersSamengevoegd,
  TrajectAfgesloten,
  TrajectGestart,
  VerwerkingBeperkt,
} from '@wiz/contracts';
import { nietGedekteTabellen } from '@wiz/platform';
import { envelopeFor, eventually, publishTestEvent } from '@wiz/platform/testing';
import { SubsidiesBewaartermijnTaak } from '../src/modules/privacy/bewaartermijnen/subsidies-bewaartermijnen';
import { DeelnemergegevensRepository } from '../src/modules/privacy/database/deelnemergegevens-repository';
import { SUBSIDIES_GEGEVENS } from '../src/modules/privacy/inzage/gegevenssoorten';

/**
 * Issue 19 in subsidies: erasure (destroyed, or kept under a pseudonym while a submitted claim's audit duty lasts,
 * the claim's totals and indicator counts exactly the same), restriction (403, masked in the list, kept in a claim
 * and flagged), merges (one participant, the earliest entry wins, claims frozen) and the daily retention run.
 */
describe('subsidies: the inwoner’s rights and retention', () => {
  const t = new SubsidiesTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const fin = () => t.as('financien', 'WIZ', 'controller-1');
  const stuur = <E extends EventDefinition>(d: E, data: EventData<E>, subject?: string) =>
    publishTestEvent(t.nc, t.run, d, envelopeFor(d, data, subject));
  const voorbeeld = <E extends EventDefinition>(d: E) => EVENT_EXAMPLES.get(d.type) as EventData<E>;
  const deelnemer = async (aangemeldOp = new Date(), inwonerId = randomUUID()) => {
    await stuur(AanmeldingAfgerond, {
      ...voorbeeld(AanmeldingAfgerond),
      aanmeldingId: randomUUID(),
      inwonerId,
      gemeentecode: 'GM0014',
      aangemeldOp: aangemeldOp.toISOString(),
    });
    await eventually(async () => expect(await rij('deelnemers', inwonerId)).toHaveLength(1));
    return inwonerId;
  };
  const traject = async (inwonerId: string, afgeslotenOp?: string) => {
    const trajectId = randomUUID();
    await stuur(TrajectGestart, {
      ...voorbeeld(TrajectGestart),
      trajectId,
      inwonerId,
      gestartOp: '2014-01-01T09:00:00Z',
    });
    if (afgeslotenOp)
      await stuur(TrajectAfgesloten, {
        trajectId,
        inwonerId,
        gemeentecode: 'GM0014',
        reden: 'werk',
        datum: afgeslotenOp,
      });
    return trajectId;
  };
  const rij = (tabel: string, inwonerId: string) =>
    t.query(`SELECT * FROM ${tabel} WHERE inwoner_id = $1`, [inwonerId]);
  let regelingen = 0;
  const regeling = async () => {
    const code = `PRIV${++regelingen}`;
    await (
      await fin()
    )
      .post('/api/v1/regelingen', {
        code,
        naam: 'JTF privacy',
        startdatum: '2026-01-01',
        einddatum: '2026-12-31',
        gemeentecodes: ['GM0014'],
        cofinancieringspercentage: 60,
        flatRatePercentage: 40,
      })
      .expect(201);
    return code;
  };
  const regel = async (regelingCode: string, inwonerId: string, datum = '2026-03-10') =>
    (
      await (
        await fin()
      )
        .post('/api/v1/kostenregels', {
          regelingCode,
          soort: 'personeel',
          uren: 10,
          uurtariefCenten: 5_000,
          omschrijving: 'begeleiding',
          datum,
          inwonerId,
          bewijsstuk: `urenstaat-${randomUUID()}`,
        })
        .expect(201)
    ).body.id as string;
  const claim = async (regelingCode: string, indienen: boolean) => {
    const f = await fin();
    const c = (
      await f
        .post('/api/v1/declaraties', { regelingCode, periodeVan: '2026-01-01', periodeTot: '2026-06-30' })
        .expect(201)
    ).body;
    if (indienen) await f.post(`/api/v1/declaraties/${c.id}/indiening`).expect(200);
    return c.id as string;
  };
  const leesClaim = async (id: string) => (await (await fin()).get(`/api/v1/declaraties/${id}`).expect(200)).body;
  const verwerkt = (inwonerId: string) =>
    eventually(async () =>
      expect(await t.query('SELECT 1 FROM inbox WHERE subject = $1', [inwonerId])).toHaveLength(0),
    );

  it('names in the audit every participant whose cost lines an import stored, once, for who uploaded it', async () => {
    const [a, b] = [await deelnemer(), await deelnemer()];
    const code = await regeling();
    const lijn = (inwonerId: string, uren: number) =>
      `${code},personeel,${uren},5000,begeleiding,2026-03-10,${inwonerId},urenstaat-${randomUUID()}`;
    const csv = [
      'regelingCode,soort,uren,uurtariefCenten,omschrijving,datum,inwonerId,bewijsstuk',
      lijn(a, 10),
      lijn(b, 8),
      lijn(a, 4),
    ].join('\n');
    const voor = await t.query(`SELECT coalesce(max(id), 0)::text AS id FROM audit_log`);
    await (await fin()).post('/api/v1/kostenregels/import').set('Content-Type', 'text/csv').send(csv).expect(201);
    const rijen = await t.query(
      `SELECT subject, actie, inwoner_ids::text[] AS ids FROM audit_log WHERE id > $1::bigint ORDER BY id`,
      [voor[0].id],
    );
    expect(rijen).toHaveLength(1);
    expect(rijen[0]).toMatchObject({ subject: 'controller-1', actie: 'kostenregels-importeren' });
    expect([...rijen[0].ids].sort()).toEqual([a, b].sort());
  });

  it('the art. 15 export holds the person’s register entry and cost lines, none of another person’s, and covers every table', async () => {
    const [ik, ander] = [await deelnemer(), await deelnemer()];
    const mijnTraject = await traject(ik);
    const andersTraject = await traject(ander);
    await eventually(async () => expect(await rij('deelnemer_trajecten', ander)).toHaveLength(1));
    await eventually(async () => expect(await rij('deelnemer_trajecten', ik)).toHaveLength(1));
    const code = await regeling();
    const mijnRegel = await regel(code, ik);
    const andersRegel = await regel(code, ander);
    const res = await (await t.asInwoner(ik)).get('/api/v1/mijn/gegevens-export').expect(200);
    const deel = (soort: string) => res.body.onderdelen.find((o: { soort: string }) => o.soort === soort);
    expect(deel('deelnemersregister').gegevens).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ feit: 'deelnemer', gemeentecode: 'GM0014' }),
        { feit: 'traject', trajectId: mijnTraject, gestartOp: '2014-01-01' },
      ]),
    );
    expect(deel('kostenregels')).toMatchObject({
      bewaartermijn: { jaren: 5, termijn: 'P5Y' },
      gegevens: [{ id: mijnRegel, uren: 10, uurtariefCenten: 5_000, declaraties: null }],
    });
    const tekst = JSON.stringify(res.body);
    expect([tekst.includes(andersTraject), tekst.includes(andersRegel)]).toEqual([false, false]);
    expect(await nietGedekteTabellen(t.app.get(DataSource).manager, SUBSIDIES_GEGEVENS)).toEqual([]);
  });

  it('erasure destroys a participant no submitted claim names and pseudonymises one that a claim names; the claim stays exactly the same', async () => {
    const code = await regeling();
    const [geclaimd, los] = [await deelnemer(), await deelnemer()];
    await traject(geclaimd, '2026-05-01');
    const lijn = await regel(code, geclaimd);
    const losseLijn = await regel(code, los, '2026-09-01');
    const id = await claim(code, true);
    const voor = await leesClaim(id);
    expect(voor.indicatoren.deelnemers).toBe(1);
    const register = `SELECT count(DISTINCT d.inwoner_id)::int AS n FROM declaratie_regels r JOIN kostenregels k ON k.id = r.kostenregel_id
      JOIN deelnemers d ON d.inwoner_id = k.inwoner_id WHERE r.declaratie_id = $1`;
    const registerVoor = await t.query(register, [id]);

    for (const inwonerId of [geclaimd, los])
      await stuur(InwonerGewist, { inwonerId, verzoekId: randomUUID(), gewistOp: new Date().toISOString() }, inwonerId);
    await eventually(async () => expect(await rij('deelnemers', los)).toHaveLength(0));
    await eventually(async () => expect(await rij('deelnemers', geclaimd)).toHaveLength(0));
    await verwerkt(geclaimd);

    expect(await leesClaim(id)).toEqual(voor);
    expect(await t.query(register, [id])).toEqual(registerVoor);
    const [k] = await t.query('SELECT inwoner_id, omschrijving FROM kostenregels WHERE id = $1', [lijn]);
    const [gehouden] = await rij('deelnemers', k.inwoner_id);
    const jaar = new Date().getUTCFullYear();
    expect(gehouden.bewaren_tot.toISOString().slice(0, 4)).toBe(String(jaar + 5));
    expect(await t.query('SELECT inwoner_id, omschrijving FROM kostenregels WHERE id = $1', [losseLijn])).toEqual([
      { inwoner_id: null, omschrijving: '[gewist]' },
    ]);
    expect(await rij('deelnemer_afsluitingen', k.inwoner_id)).toHaveLength(1);
    // No table but the audit trails holds either id any more.
    const tabellen: { t: string }[] = await t.query(
      `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
          AND table_name NOT IN ('audit_log', 'declaratie_audit')`,
    );
    for (const { t: tabel } of tabellen) {
      const tekst = JSON.stringify(
        await t.query(`SELECT * FROM "${tabel}"${tabel === 'outbox' ? ' WHERE sent_at IS NOT NULL' : ''}`),
      );
      expect([tabel, tekst.includes(geclaimd) || tekst.includes(los)]).toEqual([tabel, false]);
    }
    // A late event for an erased person stores nothing.
    const inboxVoor = (await t.query('SELECT count(*)::int AS n FROM inbox'))[0].n;
    await traject(los, '2026-06-01');
    await eventually(async () =>
      expect((await t.query('SELECT count(*)::int AS n FROM inbox'))[0].n).toBe(inboxVoor + 2),
    );
    expect(await rij('deelnemer_trajecten', los)).toHaveLength(0);
    expect(await rij('deelnemer_afsluitingen', los)).toHaveLength(0);
    // Nor does a new cost line name them.
    const nieuw = await (
      await fin()
    ).post('/api/v1/kostenregels', {
      regelingCode: code,
      soort: 'begeleiding',
      bedragCenten: 100,
      omschrijving: 'x',
      datum: '2026-03-12',
      inwonerId: los,
    });
    expect([nieuw.status, nieuw.body.errors]).toEqual([400, [expect.objectContaining({ field: 'inwonerId' })]]);
  });

  it('restriction refuses new cost lines (403), masks the person in the list, and keeps them in a claim, flagged', async () => {
    const code = await regeling();
    const inwonerId = await deelnemer();
    const lijn = await regel(code, inwonerId);
    await stuur(
      VerwerkingBeperkt,
      { inwonerId, verzoekId: randomUUID(), beperkt: true, gewijzigdOp: new Date().toISOString() },
      inwonerId,
    );
    await eventually(async () => expect(await rij('beperkingen', inwonerId)).toHaveLength(1));
    const f = await fin();
    const nieuw = await f.post('/api/v1/kostenregels', {
      regelingCode: code,
      soort: 'begeleiding',
      bedragCenten: 100,
      omschrijving: 'x',
      datum: '2026-03-11',
      inwonerId,
    });
    expect([nieuw.status, nieuw.body.detail]).toEqual([403, expect.stringContaining('Verwerking beperkt')]);
    const lijst = (await f.get(`/api/v1/kostenregels?regelingCode=${code}`).expect(200)).body.items;
    expect(lijst.find((r: { id: string }) => r.id === lijn)).toEqual(expect.not.objectContaining({ inwonerId }));
    const id = await claim(code, false);
    expect((await leesClaim(id)).opgenomen).toEqual([lijn]);
    const regels = (await f.get(`/api/v1/declaraties/${id}/regels`).expect(200)).body.items;
    expect(regels).toEqual([expect.not.objectContaining({ inwonerId })]);
    const audit = (await f.get(`/api/v1/declaraties/${id}/audit`).expect(200)).body;
    expect(JSON.stringify(audit)).toContain('"beperkteDeelnemers":1');
  });

  it('a merge counts the person once (earliest entry wins), moves facts and lines, keeps submitted claims frozen, also with events in flight', async () => {
    const code = await regeling();
    const vervallen = await deelnemer(new Date('2025-01-10T10:00:00Z'));
    const behouden = await deelnemer(new Date('2026-02-01T10:00:00Z'));
    await regel(code, vervallen);
    await regel(code, behouden);
    const id = await claim(code, true);
    const voor = await leesClaim(id);
    expect(voor.indicatoren.deelnemers).toBe(2);
    const samen = () =>
      stuur(InwonersSamengevoegd, {
        vervallenInwonerId: vervallen,
        behoudenInwonerId: behouden,
        samengevoegdOp: new Date().toISOString(),
      });
    const trajecten = await Promise.all([traject(vervallen), traject(vervallen), samen(), traject(vervallen)]);
    await samen();
    await eventually(async () => expect(await rij('deelnemer_trajecten', behouden)).toHaveLength(3));
    expect(trajecten).toHaveLength(4);
    expect(await rij('deelnemers', vervallen)).toHaveLength(0);
    const [d] = await rij('deelnemers', behouden);
    expect(d.intrede_op.toISOString().slice(0, 10)).toBe('2025-01-10');
    expect(await rij('kostenregels', behouden)).toHaveLength(2);
    expect(await rij('kostenregels', vervallen)).toHaveLength(0);
    expect(await leesClaim(id)).toEqual(voor);
    // Events for the vervallen id after the merge land on the behouden one.
    await traject(vervallen, '2026-05-01');
    await eventually(async () => expect(await rij('deelnemer_afsluitingen', behouden)).toHaveLength(1));
    expect(await rij('deelnemer_trajecten', behouden)).toHaveLength(4);
    expect(await rij('deelnemers', vervallen)).toHaveLength(0);
    // A new line naming the vervallen id names the behouden one.
    const later = await regel(code, vervallen, '2026-04-01');
    expect((await t.query('SELECT inwoner_id FROM kostenregels WHERE id = $1', [later]))[0].inwoner_id).toBe(behouden);
  });

  it('a cost line written under the vervallen id while the merge is applied ends on the behouden id', async () => {
    const code = await regeling();
    const vervallen = await deelnemer(new Date('2025-01-10T10:00:00Z'));
    const behouden = await deelnemer(new Date('2026-02-01T10:00:00Z'));
    // A writer (a request, an import) has stored a line under the vervallen id and not committed yet when the merge
    // comes: the merge's move must not pass it by, whether its batch commits before the writer or after.
    const writer = t.app.get(DataSource).createQueryRunner();
    await writer.connect();
    try {
      await writer.startTransaction();
      const [{ id }] = await writer.query(
        `INSERT INTO kostenregels (id, regeling_code, inwoner_id, soort, bedrag_centen, datum, omschrijving, organisatie)
         VALUES (gen_random_uuid(), $1, $2, 'begeleiding', 1000, '2026-03-10', 'tijdens de samenvoeging', 'WIZ') RETURNING id`,
        [code, vervallen],
      );
      await stuur(InwonersSamengevoegd, {
        vervallenInwonerId: vervallen,
        behoudenInwonerId: behouden,
        samengevoegdOp: new Date().toISOString(),
      });
      // The merge has run: committed (its alias is there), or waiting for the writer.
      await eventually(async () => {
        const [r] = await t.query(
          `SELECT EXISTS (SELECT 1 FROM inwoner_aliassen WHERE vervallen_inwoner_id = $1)
               OR EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock') AS gedaan`,
          [vervallen],
        );
        expect(r.gedaan).toBe(true);
      });
      await writer.commitTransaction();
      await eventually(async () =>
        expect(await t.query('SELECT inwoner_id FROM kostenregels WHERE id = $1', [id])).toEqual([
          { inwoner_id: behouden },
        ]),
      );
    } finally {
      if (writer.isTransactionActive) await writer.rollbackTransaction();
      await writer.release();
    }
  });

  it('the retention run destroys expired participants, never one a submitted claim still needs; twice is once; an interrupted run is finished', async () => {
    const code = await regeling();
    const verlopen = [await deelnemer(), await deelnemer(), await deelnemer()];
    const nodig = await deelnemer();
    const lopend = await deelnemer();
    for (const inwonerId of [...verlopen, nodig]) await traject(inwonerId, '2015-06-30');
    await traject(lopend);
    await regel(code, nodig);
    await claim(code, true);
    await eventually(async () =>
      expect(
        (
          await t.query('SELECT count(*)::int AS n FROM deelnemer_afsluitingen WHERE inwoner_id = ANY($1)', [
            [...verlopen, nodig],
          ])
        )[0].n,
      ).toBe(4),
    );
    await eventually(async () => expect(await rij('deelnemer_trajecten', lopend)).toHaveLength(1));
    // Killed after one batch of one: the next run finishes.
    const repo = t.app.get(DeelnemergegevensRepository);
    await t.app.get(DataSource).transaction(async (m) => {
      const [een] = await repo.verlopen(m, {
        grens: '2020-01-01',
        vandaag: '2026-12-03',
        auditTermijn: 'P5Y',
        aantal: 1,
      });
      await repo.vernietig(m, [een]);
    });
    const taak = t.app.get(SubsidiesBewaartermijnTaak);
    expect((await taak.run(new Date())).deelnemers).toBeGreaterThanOrEqual(2);
    for (const inwonerId of verlopen) expect(await rij('deelnemers', inwonerId)).toHaveLength(0);
    expect(await rij('deelnemers', nodig)).toHaveLength(1);
    expect(await rij('deelnemers', lopend)).toHaveLength(1);
    expect(await taak.run(new Date())).toEqual({ deelnemers: 0 });
    // Once the audit duty has ended the participant goes too.
    const over = new Date(Date.UTC(new Date().getUTCFullYear() + 6, 0, 2));
    await taak.run(over);
    expect(await rij('deelnemers', nodig)).toHaveLength(0);
  });
});
