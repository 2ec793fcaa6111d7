import { aanmelding, IntakeTestApp } from './intake-test-app';

const N = 150;
const MAX = 5; // DUBBEL_KANDIDATEN_MAX's default

/**
 * Issue 14, finding 4: 150 identical registrations without a BSN made 11,175 duplicate pairs (every new record
 * paired with every earlier one: n(n-1)/2). Each new record now links to at most DUBBEL_KANDIDATEN_MAX of the
 * newest with its key, so the pairs grow linearly and still chain every record to the others for review.
 */
describe('intake: likely duplicates grow linearly', () => {
  const t = new IntakeTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  it(`links ${N} identical registrations without BSN with at most ${MAX} pairs each, all reviewable`, async () => {
    const fo = await t.as('frontoffice', 'GM0014');
    const ids: string[] = [];
    for (let i = 0; i < N; i++) {
      const res = await fo
        .post(
          '/api/v1/aanmeldingen',
          aanmelding({
            inwoner: { voornaam: 'Jelle', achternaam: 'Veenstra', geboortedatum: '1999-09-09', postcode: '9999ZZ' },
          }),
        )
        .expect(201);
      expect(res.body.mogelijkDubbel).toBe(i > 0);
      ids.push(res.body.inwonerId);
    }
    const pairs = await t.query<{ inwoner_id: string; kandidaat_id: string }>(
      'SELECT inwoner_id, kandidaat_id FROM mogelijke_dubbelen',
    );
    // The k-th record (from 0) links to min(k, MAX) earlier ones: 0 + 1 + 2 + 3 + 4 + 5 × 145 = 735, not 11,175.
    const bound = Array.from({ length: N }, (_, k) => Math.min(k, MAX)).reduce((a, b) => a + b, 0);
    expect(bound).toBe(735);
    expect(pairs).toHaveLength(bound);
    // Each record's links are the newest before it.
    for (let k = 1; k < N; k++) {
      const mine = pairs
        .filter((p) => p.inwoner_id === ids[k])
        .map((p) => p.kandidaat_id)
        .sort();
      expect(mine).toEqual(ids.slice(Math.max(0, k - MAX), k).sort());
    }

    // The review list still shows every one of them, page by page.
    const gezien = new Set<string>();
    let totaal = Infinity;
    for (let pagina = 1; (pagina - 1) * 200 < totaal; pagina++) {
      const body = (await fo.get(`/api/v1/mogelijke-dubbelen?pagina=${pagina}&paginagrootte=200`).expect(200)).body;
      totaal = body.totaal;
      for (const item of body.items) [item.inwonerId, item.kandidaatId].forEach((id) => gezien.add(id));
    }
    expect(totaal).toBe(bound);
    expect([...gezien].sort()).toEqual([...ids].sort());
  }, 120_000);
});
