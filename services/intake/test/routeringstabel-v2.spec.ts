import { DataSource } from 'typeorm';
import { AanmeldingAfgerond } from '@wiz/contracts';
import { dataSourceOptions, findPersistence, PlatformConfig } from '@wiz/platform';
import { eventually } from '@wiz/platform/testing';
import { IntakeModule } from '../src/app.module';
import { aanmelding, IntakeTestApp } from './intake-test-app';

// Issue 15, item 2: an install routed with version 1 (Noord-Drenthe in the JTF area, JTF from 18) migrates to
// version 2; what version 1 routed keeps saying so.
describe('intake: the migration to routing table version 2', () => {
  const t = new IntakeTestApp();
  beforeAll(() => t.start(), 60_000);
  afterAll(() => t.stop());

  const v2Gemigreerd = async () =>
    (await t.query(`SELECT 1 FROM schema_migrations WHERE name = 'RouteringstabelV21764100000000'`)).length > 0;
  /**
   * Takes the database back to the routing data before the migration of issue 15, as the owner would: undoing it and
   * the migrations after it, then applying those later ones again, so only version 2 is pending (booting applies it)
   * while registration meets the schema the code of today writes to.
   */
  const terugNaarVoorIssue15 = async () => {
    const config = t.app.get(PlatformConfig);
    const persistence = findPersistence(IntakeModule.register(config))!;
    const owner = await new DataSource({
      ...dataSourceOptions(config, persistence),
      url: config.database.migrationUrl!,
    }).initialize();
    try {
      const ongedaan: string[] = [];
      while (await v2Gemigreerd()) {
        ongedaan.unshift((await owner.query('SELECT name FROM schema_migrations ORDER BY id DESC LIMIT 1'))[0].name);
        await owner.undoLastMigration({ transaction: 'each' });
      }
      for (const naam of ongedaan.filter((n) => n !== 'RouteringstabelV21764100000000')) {
        const runner = owner.createQueryRunner();
        await owner.migrations.find((m) => m.name === naam)!.up(runner);
        await runner.release();
        const timestamp = Number(naam.slice(-13));
        await owner.query('INSERT INTO schema_migrations (timestamp, name) VALUES ($1, $2)', [timestamp, naam]);
      }
    } finally {
      await owner.destroy();
    }
    expect(await t.query(`SELECT name FROM schema_migrations WHERE name = 'RouteringstabelV21764100000000'`)).toEqual(
      [],
    );
  };
  const migreer = async () => {
    await t.app.close();
    await t.boot();
  };
  const meld = async (gemeentecode: string, geboortedatum = '1990-04-01') =>
    (
      await (
        await t.as('frontoffice', gemeentecode)
      )
        .post('/api/v1/aanmeldingen', aanmelding({ inwoner: { gemeentecode, geboortedatum } }))
        .expect(201)
    ).body;

  it('ends on version 2 with the right JTF and NPG areas, while the old aanmeldingen still say version 1', async () => {
    await terugNaarVoorIssue15();
    const beheer = await t.as('beheer', 'WIZ');
    expect((await beheer.get('/api/v1/routeringsregels').expect(200)).body.versie).toBe(1);
    const assenV1 = await meld('GM0106');
    const jongEmmenV1 = await meld('GM0114', `${new Date().getUTCFullYear() - 17}-01-01`);
    expect(assenV1).toMatchObject({ routeringsversie: 1, route: { regelingen: ['JTF'] } });
    expect(jongEmmenV1).toMatchObject({ routeringsversie: 1, route: { regelingen: [] } });

    await migreer();
    const huidige = (await beheer.get('/api/v1/routeringsregels').expect(200)).body;
    expect(huidige.versie).toBe(2);
    expect(huidige.toelichting).toContain('JTF-gebied = provincie Groningen plus Emmen');
    const v1 = (await beheer.get('/api/v1/routeringsregels/versies/1').expect(200)).body;
    expect(v1.tabel.regelingregels[0]).toMatchObject({ regeling: 'JTF', voorwaarden: { leeftijdVan: 18 } });
    expect(v1.tabel.regelingregels[0].gemeentecodes).toContain('GM0106');

    const fo = await t.as('frontoffice', 'GM0106');
    expect((await fo.get(`/api/v1/aanmeldingen/${assenV1.id}`).expect(200)).body).toMatchObject({
      routeringsversie: 1,
      route: { regelingen: ['JTF'] },
    });
    const nieuw = {
      assen: await meld('GM0106'),
      emmen: await meld('GM0114'),
      groningen: await meld('GM0014'),
      tynaarlo: await meld('GM1730'),
      noordenveld: await meld('GM1699'),
      aaEnHunze: await meld('GM1680'),
      jongEmmen: await meld('GM0114', `${new Date().getUTCFullYear() - 17}-01-01`),
    };
    const regelingen = Object.fromEntries(
      Object.entries(nieuw).map(([wie, a]) => [wie, [a.routeringsversie, a.route.regelingen]]),
    );
    expect(regelingen).toEqual({
      assen: [2, []],
      emmen: [2, ['JTF']],
      groningen: [2, ['JTF', 'NPG']],
      tynaarlo: [2, []],
      noordenveld: [2, []],
      aaEnHunze: [2, []],
      jongEmmen: [2, ['JTF']],
    });
    await eventually(async () => {
      const versies = new Map(
        (await t.published(AanmeldingAfgerond))
          .map((m) => m.json<{ data: { aanmeldingId: string; routeringVersie?: number } }>().data)
          .map((d) => [d.aanmeldingId, d.routeringVersie]),
      );
      expect([versies.get(assenV1.id), versies.get(nieuw.assen.id)]).toEqual([1, 2]);
    });
  });

  it('keeps the routeregels beheer published before the migration and replaces only the regelingregels', async () => {
    await terugNaarVoorIssue15();
    const beheer = await t.as('beheer', 'WIZ');
    const v1 = (await beheer.get('/api/v1/routeringsregels/versies/1').expect(200)).body.tabel;
    const routeregels = [
      {
        naam: 'alles-naar-talentperron',
        voorwaarden: {},
        route: { stap: 'orienteren', organisatie: 'talentperron', dienst: 'oriëntatie', toelichting: 'Welkom.' },
      },
    ];
    const eigen = {
      routeregels,
      regelingregels: [{ ...v1.regelingregels[0], bron: 'eigen keuze van beheer' }, v1.regelingregels[1]],
    };
    expect(
      (await beheer.post('/api/v1/routeringsregels', { toelichting: 'eigen tabel', tabel: eigen }).expect(201)).body
        .versie,
    ).toBe(2);

    await migreer();
    const huidige = (await beheer.get('/api/v1/routeringsregels').expect(200)).body;
    expect(huidige.versie).toBe(3);
    expect(huidige.tabel.routeregels).toEqual(routeregels);
    expect(
      huidige.tabel.regelingregels.map((r: { regeling: string; voorwaarden: object }) => [r.regeling, r.voorwaarden]),
    ).toEqual([
      ['JTF', {}],
      ['NPG', {}],
    ]);
    expect((await meld('GM0106')).route).toMatchObject({ organisatie: 'talentperron', regelingen: [] });
  });
});
