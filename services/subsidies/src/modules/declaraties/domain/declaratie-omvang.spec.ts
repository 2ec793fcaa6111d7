import { deelnemer, deelnemersVan, JTF, NIETS_INGEDIEND } from './declaratie.testdata';
import type { Kostenregel } from './kostenregel';
import { stelDeclaratieSamen } from './stel-declaratie-samen';

const AANTAL = 1_000_000;

// Generated one by one, the way a database cursor would hand them over; every 10th line has no bewijsstuk.
function* kandidaten(totaal: { opgenomen: bigint }): Generator<Kostenregel> {
  for (let i = 0; i < AANTAL; i++) {
    const zonderBewijs = i % 10 === 0;
    const bedragCenten = 1_000 + (i % 997);
    if (!zonderBewijs) totaal.opgenomen += BigInt(bedragCenten);
    yield {
      id: `k${i}`,
      regelingCode: 'JTF',
      soort: i % 2 === 0 ? 'personeel' : 'materiaal',
      bedragCenten,
      datum: '2026-03-01',
      bewijsstuk: zonderBewijs ? undefined : `f${i}`,
      inwonerId: i % 3 === 0 ? 'a0000000-0000-4000-8000-000000000001' : undefined,
    };
  }
}

describe('a claim of 1,000,000 lines', () => {
  it('compiles in one call, without running out of memory, and the counts and money add up', () => {
    const totaal = { opgenomen: 0n };
    const r = stelDeclaratieSamen({
      regeling: JTF,
      periodeVan: '2026-01-01',
      periodeTot: '2026-06-30',
      kandidaten: kandidaten(totaal),
      deelnemers: deelnemersVan(deelnemer()),
      ingediend: NIETS_INGEDIEND,
    });
    expect(r.opgenomen.length + r.uitgesloten.length).toBe(AANTAL);
    expect(r.uitgesloten.length).toBe(AANTAL / 10);
    expect(BigInt(r.subsidiabelCenten)).toBe(totaal.opgenomen);
    expect(r.indicatoren.deelnemers).toBe(1);
  });
});
