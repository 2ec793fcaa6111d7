import { SubsidiesTestApp } from './subsidies-test-app';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions, findPersistence, PlatformConfig } from '@wiz/platform';
import { SubsidiesAppModule } from '../src/app.module';

// Issue 15, item 3: an install whose register kept result booleans migrates to the register of facts; the claims it
// compiled before keep exactly what they stored.
describe('subsidies: the migration to the ESF+ register of facts', () => {
  const t = new SubsidiesTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const terugNaarVoorIssue15 = async () => {
    const config = t.app.get(PlatformConfig);
    const persistence = findPersistence(SubsidiesAppModule.register(config))!;
    const owner = await new DataSource({
      ...dataSourceOptions(config, persistence),
      url: config.database.migrationUrl!,
    }).initialize();
    try {
      // Later migrations (issue 19's audit log and privacy tables) are undone first, down to this one.
      const esf = () =>
        owner.query(`SELECT 1 FROM schema_migrations WHERE name = 'EsfDeelnemersregister1765100000000'`);
      while ((await esf()).length) await owner.undoLastMigration({ transaction: 'each' });
    } finally {
      await owner.destroy();
    }
    expect(
      await t.query(`SELECT name FROM schema_migrations WHERE name = 'EsfDeelnemersregister1765100000000'`),
    ).toEqual([]);
  };

  it('carries leavings and qualifications over, drops the work booleans, and leaves stored claims untouched', async () => {
    const f = await t.as('financien', 'WIZ');
    await f
      .post('/api/v1/regelingen', {
        code: 'OUD',
        naam: 'ESF+ oud',
        startdatum: '2025-01-01',
        einddatum: '2025-12-31',
        gemeentecodes: ['GM0014'],
        cofinancieringspercentage: 50,
      })
      .expect(201);
    const oudeClaim = (
      await f
        .post('/api/v1/declaraties', { regelingCode: 'OUD', periodeVan: '2025-01-01', periodeTot: '2025-06-30' })
        .expect(201)
    ).body;
    // What a claim compiled before issue 15 stored: werkNaZesMaanden then meant duurzaam (24+ hours).
    const oudeIndicatoren = {
      deelnemers: 1,
      perArbeidsmarktstatus: { werkloos: 1, 'langdurig-werkloos': 0, inactief: 0, werkend: 0 },
      metArbeidsbeperking: 0,
      resultaten: { onderwijs: 0, kwalificatie: 0, werkBinnenVierWeken: 1, werkNaZesMaanden: 1 },
    };
    await t.query(`UPDATE declaraties SET resultaat = jsonb_set(resultaat, '{indicatoren}', $2::jsonb) WHERE id = $1`, [
      oudeClaim.id,
      JSON.stringify(oudeIndicatoren),
    ]);

    await terugNaarVoorIssue15();
    const [scholier, gewerkt] = [randomUUID(), randomUUID()];
    const traject = randomUUID();
    await t.query(
      `INSERT INTO deelnemers (inwoner_id, gemeentecode, intrede_op, arbeidsmarktstatus, leeftijdsband, opleidingsniveau, arbeidsbeperking, uitstroom_op, onderwijs, kwalificatie, werk_binnen_vier_weken, werk_na_zes_maanden)
      VALUES ($1, 'GM0014', '2024-11-01', 'werkloos', '18-29', 'isced-3-4', false, '2025-01-15', true, true, false, false),
             ($2, 'GM0014', '2024-11-01', 'inactief', '30-54', 'isced-0-2', false, '2025-01-20', false, false, true, true)`,
      [scholier, gewerkt],
    );
    await t.query('INSERT INTO deelnemer_trajecten (traject_id, inwoner_id) VALUES ($1, $2)', [traject, scholier]);

    await t.app.close();
    await t.boot();
    expect(
      await t.query(
        `SELECT traject_id, to_char(datum, 'YYYY-MM-DD') AS datum, reden FROM deelnemer_afsluitingen WHERE inwoner_id = $1`,
        [scholier],
      ),
    ).toEqual([{ traject_id: traject, datum: '2025-01-15', reden: 'scholing' }]);
    expect(await t.query(`SELECT reden FROM deelnemer_afsluitingen WHERE inwoner_id = $1`, [gewerkt])).toEqual([
      { reden: null },
    ]);
    expect(
      await t.query(
        `SELECT to_char(datum, 'YYYY-MM-DD') AS datum FROM deelnemer_kwalificaties WHERE inwoner_id = ANY($1)`,
        [[scholier, gewerkt]],
      ),
    ).toEqual([{ datum: '2025-01-15' }]);
    expect(
      await t.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'deelnemers' AND column_name IN ('uitstroom_op', 'werk_na_zes_maanden')`,
      ),
    ).toEqual([]);

    const f2 = await t.as('financien', 'WIZ');
    expect((await f2.get(`/api/v1/declaraties/${oudeClaim.id}`).expect(200)).body.indicatoren).toEqual(oudeIndicatoren);
    for (const [i, inwonerId] of [scholier, gewerkt].entries()) {
      await f2
        .post('/api/v1/kostenregels', {
          regelingCode: 'OUD',
          inwonerId,
          soort: 'begeleiding',
          bedragCenten: 1_000,
          datum: '2025-09-01',
          omschrijving: 'coaching',
          bewijsstuk: `mig-${i}`,
        })
        .expect(201);
    }
    const nieuw = (
      await f2
        .post('/api/v1/declaraties', { regelingCode: 'OUD', periodeVan: '2025-07-01', periodeTot: '2025-12-31' })
        .expect(201)
    ).body;
    // The old work booleans were the region's measures and cannot be rebuilt as placements: both count 0 now; the
    // migrated leaving without a reason leaves "job searching" unknown for that participant.
    expect(nieuw.indicatoren.resultaten).toMatchObject({
      uitgestroomd: 2,
      onderwijs: 1,
      kwalificatie: 1,
      werkBinnenVierWeken: 0,
      werkNaZesMaanden: 0,
      werkzoekend: 0,
    });
    expect(nieuw.indicatoren.onvolledig).toMatchObject({ werkzoekend: 1 });
  });
});
