import { EVENT_EXAMPLES } from './examples';
import { AanmeldingAfgerond, ToestemmingGewijzigd, ToestemmingGewijzigdV2 } from './intake';
import { InvalidEventError } from './invalid-event-error';
import { parseEventData } from './parse-event';
import { DeclaratieIngediend } from './subsidies';
import { DuurzaamheidVastgesteld, StapGezet } from './trajecten';
import type { EventDefinition } from './define-event';
import { PlaatsingGerealiseerd } from './werkgevers';

/** The example for `def` with some fields overridden. */
const variant = (def: EventDefinition, changes: Record<string, unknown>) => ({
  ...(EVENT_EXAMPLES.get(def.type) as Record<string, unknown>),
  ...changes,
});
const accepts = (def: EventDefinition, changes: Record<string, unknown>) =>
  def.schema.safeParse(variant(def, changes)).success;

describe('payload rules beyond field types', () => {
  it('StapGezet needs two different steps', () => {
    expect(accepts(StapGezet, { van: 'scholen', naar: 'scholen' })).toBe(false);
    expect(accepts(StapGezet, { van: 'matchen', naar: 'orienteren' })).toBe(true);
  });

  it('AanmeldingAfgerond: participatieladder is a whole rung from 1 to 6, and optional', () => {
    for (const rung of [0, 7, 2.5, '3']) expect(accepts(AanmeldingAfgerond, { participatieladder: rung })).toBe(false);
    for (const rung of [1, 6, undefined]) expect(accepts(AanmeldingAfgerond, { participatieladder: rung })).toBe(true);
  });

  it('AanmeldingAfgerond: a timestamp without zone and an unknown regeling are refused', () => {
    expect(accepts(AanmeldingAfgerond, { aangemeldOp: '2026-03-02T09:15:00' })).toBe(false);
    expect(accepts(AanmeldingAfgerond, { regelingen: ['ESF'] })).toBe(false);
    expect(accepts(AanmeldingAfgerond, { regelingen: [] })).toBe(true);
  });

  it('PlaatsingGerealiseerd: hours are more than 0 and at most 60', () => {
    for (const uren of [0, -1, 60.5]) expect(accepts(PlaatsingGerealiseerd, { urenPerWeek: uren })).toBe(false);
    for (const uren of [0.5, 25.5, 60]) expect(accepts(PlaatsingGerealiseerd, { urenPerWeek: uren })).toBe(true);
  });

  it('DuurzaamheidVastgesteld: hours may be 0 but not negative', () => {
    expect(accepts(DuurzaamheidVastgesteld, { urenPerWeek: 0, inDienst: false, duurzaam: false })).toBe(true);
    expect(accepts(DuurzaamheidVastgesteld, { urenPerWeek: -1 })).toBe(false);
  });

  it('ToestemmingGewijzigd v2: a vacancy exactly for the vacancy purpose; geldigTot a real date', () => {
    const VACATURE = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';
    expect(accepts(ToestemmingGewijzigdV2, { doel: 'profiel-delen-met-vacature', vacatureId: undefined })).toBe(false);
    expect(accepts(ToestemmingGewijzigdV2, { doel: 'profiel-delen-met-werkgevers', vacatureId: VACATURE })).toBe(false);
    expect(accepts(ToestemmingGewijzigdV2, { doel: 'profiel-delen-met-school', vacatureId: VACATURE })).toBe(false);
    expect(accepts(ToestemmingGewijzigdV2, { doel: 'profiel-delen-met-school', vacatureId: undefined })).toBe(true);
    expect(accepts(ToestemmingGewijzigdV2, { vacatureId: 'V-1' })).toBe(false);
    expect(accepts(ToestemmingGewijzigdV2, { geldigTot: '2026-02-30' })).toBe(false);
    expect(accepts(ToestemmingGewijzigdV2, { geldigTot: undefined })).toBe(true);
    expect(accepts(ToestemmingGewijzigdV2, { doel: 'profiel-delen-met-iedereen' })).toBe(false);
  });

  it('ToestemmingGewijzigd v1 keeps its one purpose and accepts the optional fields it gained', () => {
    expect(accepts(ToestemmingGewijzigd, { doel: 'profiel-delen-met-school' })).toBe(false);
    expect(accepts(ToestemmingGewijzigd, { vacatureId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b' })).toBe(false);
    const toestemmingId = '2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901';
    expect(accepts(ToestemmingGewijzigd, { geldigTot: '2026-09-30', toestemmingId })).toBe(true);
  });

  it('DeclaratieIngediend: period in order, integer cents, contribution within the eligible amount', () => {
    expect(accepts(DeclaratieIngediend, { periodeVan: '2026-07-01', periodeTot: '2026-06-30' })).toBe(false);
    expect(accepts(DeclaratieIngediend, { periodeVan: '2026-06-30', periodeTot: '2026-06-30' })).toBe(true);
    expect(accepts(DeclaratieIngediend, { subsidiabelCenten: 100.5 })).toBe(false);
    expect(accepts(DeclaratieIngediend, { bijdrageCenten: 12_345_601 })).toBe(false);
    expect(accepts(DeclaratieIngediend, { subsidiabelCenten: -1, bijdrageCenten: -1 })).toBe(false);
  });
});

describe('InvalidEventError', () => {
  it('names every problem with its dotted path', () => {
    const bad = variant(AanmeldingAfgerond, {
      kanaal: 'fax',
      deelnemer: { ...(variant(AanmeldingAfgerond, {}).deelnemer as object), leeftijdsband: '40-50' },
    });
    let caught: unknown;
    try {
      parseEventData(AanmeldingAfgerond, bad);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidEventError);
    const error = caught as InvalidEventError;
    expect(error.eventType).toBe('wiz.intake.aanmelding-afgerond.v1');
    expect(error.issues.map((i) => i.path).sort()).toEqual(['deelnemer.leeftijdsband', 'kanaal']);
    expect(error.message).toContain('deelnemer.leeftijdsband');
  });

  it('reports an unknown field at the root', () => {
    try {
      parseEventData(StapGezet, variant(StapGezet, { bsn: '111222333' }));
      throw new Error('expected a failure');
    } catch (error) {
      expect((error as InvalidEventError).issues).toEqual([{ path: '', message: expect.stringContaining('bsn') }]);
    }
  });
});
