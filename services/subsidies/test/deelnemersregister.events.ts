// One participant's life as the events other services publish about it, for the register specs: built from a
// scenario (dates as day offsets from the leaving day) with fresh ids, so one scenario can be played many times.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  AanmeldingAfgerond,
  ActiviteitAfgerond,
  AFSLUIT_REDENEN,
  ARBEIDSMARKTSTATUSSEN,
  CONTRACTVORMEN,
  DuurzaamheidVastgesteld,
  EventData,
  EventDefinition,
  EVENT_EXAMPLES,
  PlaatsingBeeindigd,
  PlaatsingGerealiseerd,
  PlaatsingUrenGewijzigd,
  TrajectAfgesloten,
  TrajectGestart,
} from '@wiz/contracts';

const dag = (n: number) => new Date(Date.UTC(2025, 2, 3 + n)).toISOString().slice(0, 10); // day 0 = 3 March 2025

const plaatsingArb = fc.record({
  start: fc.integer({ min: -90, max: 240 }),
  duur: fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined }),
  uren: fc.integer({ min: 4, max: 40 }),
  contractvorm: fc.constantFrom(...CONTRACTVORMEN),
  meerUren: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
  check: fc.option(fc.record({ inDienst: fc.boolean(), duurzaam: fc.boolean() }), { nil: undefined }),
});

export const scenarioArb = fc.record({
  status: fc.constantFrom(...ARBEIDSMARKTSTATUSSEN),
  langdurigWerkloos: fc.option(fc.boolean(), { nil: undefined }),
  reden: fc.constantFrom(...AFSLUIT_REDENEN),
  plaatsingen: fc.array(plaatsingArb, { maxLength: 3 }),
  kwalificatie: fc.option(fc.integer({ min: -60, max: 60 }), { nil: undefined }),
});
export type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

export interface Gebeurtenis {
  definitie: EventDefinition;
  data: any;
}

const voorbeeld = <E extends EventDefinition>(e: E) => EVENT_EXAMPLES.get(e.type) as EventData<E>;

/** The scenario's events in their natural order, for a new inwoner with new traject, placement and activity ids. */
export function gebeurtenissen(s: Scenario, inwonerId = randomUUID()): Gebeurtenis[] {
  const trajectId = randomUUID();
  const aanmelding = voorbeeld(AanmeldingAfgerond);
  const lijst: Gebeurtenis[] = [
    {
      definitie: AanmeldingAfgerond,
      data: {
        ...aanmelding,
        aanmeldingId: randomUUID(),
        inwonerId,
        gemeentecode: 'GM0014',
        aangemeldOp: `${dag(-120)}T09:00:00Z`,
        deelnemer: { ...aanmelding.deelnemer, arbeidsmarktstatus: s.status, langdurigWerkloos: s.langdurigWerkloos },
      },
    },
    {
      definitie: TrajectGestart,
      data: { ...voorbeeld(TrajectGestart), trajectId, inwonerId, gestartOp: `${dag(-110)}T09:00:00Z` },
    },
    {
      definitie: TrajectAfgesloten,
      data: { ...voorbeeld(TrajectAfgesloten), trajectId, inwonerId, reden: s.reden, datum: dag(0) },
    },
  ];
  if (s.kwalificatie !== undefined) {
    lijst.push({
      definitie: ActiviteitAfgerond,
      data: {
        ...voorbeeld(ActiviteitAfgerond),
        trajectId,
        inwonerId,
        activiteitId: randomUUID(),
        soort: 'kansrijk-opleiden',
        resultaat: 'behaald',
        datum: dag(s.kwalificatie),
      },
    });
  }
  for (const p of s.plaatsingen) {
    const plaatsingId = randomUUID();
    const ids = { plaatsingId, trajectId, inwonerId };
    lijst.push({
      definitie: PlaatsingGerealiseerd,
      data: {
        ...voorbeeld(PlaatsingGerealiseerd),
        ...ids,
        startdatum: dag(p.start),
        urenPerWeek: p.uren,
        contractvorm: p.contractvorm,
      },
    });
    if (p.duur !== undefined)
      lijst.push({
        definitie: PlaatsingBeeindigd,
        data: { ...voorbeeld(PlaatsingBeeindigd), ...ids, einddatum: dag(p.start + p.duur) },
      });
    if (p.meerUren !== undefined)
      lijst.push({
        definitie: PlaatsingUrenGewijzigd,
        data: {
          ...ids,
          vorigeUrenPerWeek: p.uren,
          urenPerWeek: Math.min(60, p.uren + 8),
          ingangsdatum: dag(p.start + p.meerUren),
        },
      });
    if (p.check)
      lijst.push({
        definitie: DuurzaamheidVastgesteld,
        data: {
          ...ids,
          ...p.check,
          duurzaam: p.check.inDienst && p.check.duurzaam,
          urenPerWeek: p.check.inDienst ? p.uren : 0,
          vastgesteldOp: `${dag(p.start + 183)}T10:00:00Z`,
        },
      });
  }
  for (const g of lijst) g.definitie.schema.parse(g.data); // the scenarios must be events a producer could send
  return lijst;
}
