import { AanmeldingAfgerond, type AanmeldingAfgerondData, kalenderdag } from '@wiz/contracts';
import { eventually } from '@wiz/platform/testing';
import { aanmelding, IntakeTestApp } from './intake-test-app';

const vandaag = kalenderdag(new Date());
const morgen = kalenderdag(new Date(Date.now() + 86_400_000));
const maandenGeleden = (n: number) => {
  const d = new Date();
  d.setUTCDate(1); // the 1st of a month exists in every month
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 10);
};
const jarenGeleden = (n: number) => `${new Date().getUTCFullYear() - n}-01-01`;

// Issue 15, item 3 (intake side): the optional ESF+ questions go in, derived categories come out in the event.
describe('intake: the ESF+ questions and what aanmelding-afgerond derives from them', () => {
  const t = new IntakeTestApp();
  beforeAll(() => t.start(), 60_000);
  afterAll(() => t.stop());

  const gepubliceerd = async (aanmeldingId: string): Promise<AanmeldingAfgerondData> => {
    let data: AanmeldingAfgerondData | undefined;
    await eventually(async () => {
      const events = (await t.published(AanmeldingAfgerond)).map(
        (m) => m.json<{ data: AanmeldingAfgerondData }>().data,
      );
      data = events.find((e) => e.aanmeldingId === aanmeldingId);
      expect(data).toBeDefined();
    });
    return data!;
  };

  it("derives the categories, publishes no raw answer, and keeps the answers for the aanmelding's readers", async () => {
    const fo = await t.as('frontoffice', 'GM0014', 'balie-esf');
    const antwoorden = {
      uitkering: 'geen',
      werkzoekend: true,
      werkloosSinds: maandenGeleden(8),
      opleidingsniveau: 6,
      geslacht: 'vrouw',
      derdelander: true,
      migratieachtergrond: true,
      minderheid: false,
      dakloos: false,
      platteland: true,
      ggzAchtergrond: true,
      doelgroepregister: false,
    };
    const body = (
      await fo
        .post(
          '/api/v1/aanmeldingen',
          aanmelding({ inwoner: { geboortedatum: jarenGeleden(23) }, situatie: antwoorden }),
        )
        .expect(201)
    ).body;

    const event = await gepubliceerd(body.id);
    expect(event.deelnemer).toEqual({
      arbeidsmarktstatus: 'langdurig-werkloos',
      langdurigWerkloos: true,
      leeftijdsband: '18-29',
      opleidingsniveau: 'isced-5-8',
      geslacht: 'vrouw',
      arbeidsbeperking: false,
      uitkering: 'geen',
      derdelander: true,
      migratieachtergrond: true,
      minderheid: false,
      dakloos: false,
      platteland: true,
      doelgroepregister: false,
    });
    expect(event.doelgroepen).toEqual(['jongeren', 'ggz', 'zonder-uitkering']);
    expect(event.routeringVersie).toBe(2);
    expect(JSON.stringify(event)).not.toContain(antwoorden.werkloosSinds);
    expect(JSON.stringify(event)).not.toContain(jarenGeleden(23));

    const gelezen = (await fo.get(`/api/v1/aanmeldingen/${body.id}`).expect(200)).body;
    expect(gelezen).toMatchObject({ routeringsversie: 2, situatie: { ...antwoorden, werkend: false, zzp: false } });
    const [inzage] = await t.query(
      `SELECT subject, actie FROM audit_log WHERE $1 = ANY(inwoner_ids) AND actie = 'inzage'`,
      [body.inwonerId],
    );
    expect(inzage).toEqual({ subject: 'balie-esf', actie: 'inzage' });
  });

  it('classes a job seeker without benefit who answered nothing more as unemployed, education unknown beside a startkwalificatie', async () => {
    const fo = await t.as('frontoffice');
    const body = (
      await fo
        .post('/api/v1/aanmeldingen', aanmelding({ situatie: { uitkering: 'geen', startkwalificatie: true } }))
        .expect(201)
    ).body;
    const event = await gepubliceerd(body.id);
    expect(event.deelnemer).toEqual({
      arbeidsmarktstatus: 'werkloos',
      leeftijdsband: '30-54',
      opleidingsniveau: 'onbekend',
      arbeidsbeperking: false,
      uitkering: 'geen',
    });
  });

  it('passes the benefit start as a month only', async () => {
    const fo = await t.as('frontoffice');
    const body = (
      await fo
        .post(
          '/api/v1/aanmeldingen',
          aanmelding({ situatie: { uitkering: 'ww', uitkeringSinds: '2025-03-17', werkzoekend: false } }),
        )
        .expect(201)
    ).body;
    expect((await gepubliceerd(body.id)).deelnemer).toMatchObject({
      uitkeringSinds: '2025-03',
      arbeidsmarktstatus: 'inactief',
      langdurigWerkloos: false,
    });
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>, string]>([
    ['an impossible werkloosSinds', { werkloosSinds: '2025-02-30' }, {}, 'situatie.werkloosSinds'],
    ['a werkloosSinds in the future', { werkloosSinds: morgen }, {}, 'situatie.werkloosSinds'],
    [
      'a werkloosSinds before birth',
      { werkloosSinds: '1980-01-01' },
      { geboortedatum: '1990-04-01' },
      'situatie.werkloosSinds',
    ],
    ['an ISCED level above 8', { opleidingsniveau: 9 }, {}, 'situatie.opleidingsniveau'],
    ['an education level as text', { opleidingsniveau: 'hbo' }, {}, 'situatie.opleidingsniveau'],
    ['a broken werkzoekend', { werkzoekend: 'ja' }, {}, 'situatie.werkzoekend'],
    ['an unknown geslacht', { geslacht: 'x' }, {}, 'situatie.geslacht'],
    ["a geslacht other than the inwoner's", { geslacht: 'man' }, { geslacht: 'vrouw' }, 'situatie.geslacht'],
    ['a non-boolean ggzAchtergrond', { ggzAchtergrond: 1 }, {}, 'situatie.ggzAchtergrond'],
    [
      'a benefit start without benefit',
      { uitkering: 'geen', uitkeringSinds: '2024-01-01' },
      {},
      'situatie.uitkeringSinds',
    ],
    ['a benefit start in the future', { uitkeringSinds: morgen }, {}, 'situatie.uitkeringSinds'],
  ])('refuses %s with 400 naming the field', async (_, situatie, inwoner, veld) => {
    const res = await (
      await t.as('frontoffice')
    )
      .post('/api/v1/aanmeldingen', aanmelding({ situatie, inwoner }))
      .expect(400);
    // A set: the shared date schema reports an impossible date by both of its checks.
    expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))]).toEqual([veld]);
  });

  it('accepts today as werkloosSinds', async () => {
    await (
      await t.as('frontoffice')
    )
      .post('/api/v1/aanmeldingen', aanmelding({ situatie: { werkloosSinds: vandaag } }))
      .expect(201);
  });
});
