import fc from 'fast-check';
import { STAPPEN } from '@wiz/contracts';
import { binnenTraject, Feit, telmoment } from './telmoment';

const dag = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const feit = (soort: Feit['soort'], d: number, afgeslotenOp: string | null = null, bron = `${soort}:${d}`): Feit => ({
  bron,
  soort,
  dag: dag(d),
  op: `${dag(d)}T00:00:00.000000`,
  stap: 'begeleiden',
  gemeentecode: 'GM0014',
  trajecten: [{ gestartOp: null, afgeslotenOp }],
});
/** The fact in a traject that started on `gestartOp` and closed on `afgeslotenOp` (or is open). */
const inTraject = (f: Feit, gestartOp: string, afgeslotenOp: string | null = f.trajecten[0].afgeslotenOp): Feit => ({
  ...f,
  trajecten: [{ gestartOp, afgeslotenOp }],
});

/** Facts of one person: any kinds, any days, closed on some day or open. */
const feiten = fc
  .tuple(
    fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
    fc.array(
      fc.tuple(
        fc.constantFrom<Feit['soort']>('stap', 'activiteit', 'plaatsing', 'uren', 'ladder', 'afsluiting'),
        fc.integer({ min: 0, max: 260 }),
      ),
      { minLength: 1, maxLength: 8 },
    ),
  )
  .map(([sluit, lijst]) =>
    lijst.map(([soort, d], i) => ({
      ...feit(soort, d, sluit === null ? null : dag(sluit), `${soort}:${i}`),
      stap: STAPPEN[i % STAPPEN.length],
    })),
  );

describe('the counting moment (definition 2)', () => {
  it('is the same fact whatever order the facts arrive in', () => {
    fc.assert(
      fc.property(
        feiten.chain((f) =>
          fc.tuple(fc.constant(f), fc.shuffledSubarray(f, { minLength: f.length, maxLength: f.length })),
        ),
        ([a, b]) => {
          expect(telmoment(b)).toEqual(telmoment(a));
        },
      ),
    );
  });

  it('is the earliest fact inside the traject, and no later fact ever moves it', () => {
    fc.assert(
      fc.property(feiten, (f) => {
        const m = telmoment(f);
        const binnen = f.filter(binnenTraject);
        if (binnen.length === 0) return expect(m).toBeNull();
        expect(m!.dag).toBe(binnen.map((x) => x.dag).sort()[0]);
        expect(telmoment([...f, feit('plaatsing', 300)])?.dag).toBe(m!.dag);
      }),
    );
  });

  it('counts a placement up to 28 days after closing, and more hours only up to the closing day', () => {
    const sluit = dag(10);
    expect(binnenTraject(feit('plaatsing', 38, sluit))).toBe(true);
    expect(binnenTraject(feit('plaatsing', 39, sluit))).toBe(false);
    expect(binnenTraject(feit('uren', 10, sluit))).toBe(true);
    expect(binnenTraject(feit('uren', 11, sluit))).toBe(false);
    expect(binnenTraject(feit('plaatsing', 400, null))).toBe(true);
    expect(binnenTraject(feit('afsluiting', 10, sluit))).toBe(true);
  });

  it('counts nothing from before the traject started, nor what it records as done after it closed', () => {
    const start = dag(10);
    expect(binnenTraject(inTraject(feit('plaatsing', 9), start))).toBe(false);
    expect(binnenTraject(inTraject(feit('uren', 9), start))).toBe(false);
    expect(binnenTraject(inTraject(feit('plaatsing', 10), start))).toBe(true);
    expect(binnenTraject(inTraject(feit('uren', 10), start))).toBe(true);
    // A course completed, or a closing dated, before the traject existed.
    expect(binnenTraject(inTraject(feit('activiteit', 9), start))).toBe(false);
    expect(binnenTraject(inTraject(feit('afsluiting', 9, dag(9)), start))).toBe(false);
    expect(binnenTraject(inTraject(feit('activiteit', 10), start))).toBe(true);
    // A course completed after the traject closed.
    expect(binnenTraject(inTraject(feit('activiteit', 21, dag(20)), start))).toBe(false);
    expect(binnenTraject(inTraject(feit('activiteit', 20, dag(20)), start))).toBe(true);
    expect(telmoment([inTraject(feit('plaatsing', 3), start), inTraject(feit('stap', 12), start)])?.dag).toBe(dag(12));
  });

  it('counts a fact inside any open traject of the person, not only its own', () => {
    const eerste = { gestartOp: dag(10), afgeslotenOp: null };
    const tweede = { gestartOp: dag(90), afgeslotenOp: null };
    // A placement booked on the second traject, started while only the first ran.
    expect(binnenTraject({ ...feit('plaatsing', 74), trajecten: [tweede] })).toBe(false);
    expect(binnenTraject({ ...feit('plaatsing', 74), trajecten: [eerste, tweede] })).toBe(true);
    // The first closed: a placement 40 days later on it counts while the second runs.
    const eersteDicht = { gestartOp: dag(10), afgeslotenOp: dag(50) };
    expect(binnenTraject({ ...feit('plaatsing', 95), trajecten: [eersteDicht] })).toBe(false);
    expect(binnenTraject({ ...feit('plaatsing', 95), trajecten: [eersteDicht, tweede] })).toBe(true);
    expect(binnenTraject({ ...feit('activiteit', 60), trajecten: [eersteDicht, tweede] })).toBe(false);
  });

  it('moves a person to an earlier day when an older fact arrives after a newer one, and drops a placement closing made too late', () => {
    expect(telmoment([feit('afsluiting', 20, dag(20))])?.dag).toBe(dag(20));
    expect(telmoment([feit('afsluiting', 20, dag(20)), feit('plaatsing', 5, dag(20))])?.dag).toBe(dag(5));
    expect(telmoment([feit('plaatsing', 60, dag(20))])).toBeNull();
  });

  it('breaks a same-day tie by kind, not by arrival', () => {
    const stap = { ...feit('stap', 3), op: `${dag(3)}T15:00:00.000000` };
    const activiteit = feit('activiteit', 3);
    expect(telmoment([activiteit, stap])).toBe(stap);
    expect(telmoment([stap, activiteit])).toBe(stap);
  });
});
