import { DeclaratieAanvraagSchema, overlaptMetRegeling, toetsAanRegeling } from './declaratie-aanvraag';
import { OnbekendeRegeling, PeriodeBuitenRegeling } from './declaratie-fouten';

const geldig = { regelingCode: 'JTF', periodeVan: '2026-01-01', periodeTot: '2026-03-31' };
// Field names once each: IsoDateSchema of @wiz/contracts may report one bad date twice (format and calendar).
const paden = (invoer: unknown) => [
  ...new Set(DeclaratieAanvraagSchema.safeParse(invoer).error?.issues.map((i) => i.path.join('.'))),
];

describe('DeclaratieAanvraagSchema', () => {
  it('accepts a claim request, also for schemes finance added beyond JTF and NPG', () => {
    expect(DeclaratieAanvraagSchema.parse(geldig)).toEqual(geldig);
    expect(DeclaratieAanvraagSchema.safeParse({ ...geldig, regelingCode: 'REACT-EU' }).success).toBe(true);
    expect(DeclaratieAanvraagSchema.safeParse({ ...geldig, periodeTot: geldig.periodeVan }).success).toBe(true);
  });

  it('refuses periodeTot before periodeVan on periodeTot', () => {
    expect(paden({ ...geldig, periodeTot: '2025-12-31' })).toEqual(['periodeTot']);
  });

  it('refuses unknown fields, unreal dates and malformed codes, naming the field', () => {
    expect(paden({ ...geldig, status: 'ingediend' })).toEqual(['']);
    expect(paden({ ...geldig, periodeVan: '2026-02-30' })).toEqual(['periodeVan']);
    expect(paden({ ...geldig, regelingCode: 'jtf' })).toEqual(['regelingCode']);
  });
});

describe('overlaptMetRegeling', () => {
  const regeling = { startdatum: '2026-01-01', einddatum: '2026-06-30' };
  it.each([
    ['2025-01-01', '2025-12-31', false],
    ['2025-12-01', '2026-01-01', true], // shares the first day
    ['2026-06-30', '2026-12-31', true], // shares the last day
    ['2026-07-01', '2026-12-31', false],
    ['2025-01-01', '2027-12-31', true], // contains the whole regeling
    ['2026-02-01', '2026-02-28', true],
  ])('%s..%s overlaps: %s', (periodeVan, periodeTot, verwacht) => {
    expect(overlaptMetRegeling({ periodeVan, periodeTot }, regeling)).toBe(verwacht);
  });
});

describe('toetsAanRegeling', () => {
  const aanvraag = { regelingCode: 'JTF', periodeVan: '2026-01-01', periodeTot: '2026-03-31' };

  it('gives the regeling when the period overlaps it', () => {
    const regeling = { startdatum: '2026-03-31', einddatum: '2027-12-31' };
    expect(toetsAanRegeling(aanvraag, regeling)).toBe(regeling);
  });

  it('names regelingCode for an unknown regeling and periodeVan for a period outside it, as properties', () => {
    expect(() => toetsAanRegeling(aanvraag, undefined)).toThrow(OnbekendeRegeling);
    try {
      toetsAanRegeling(aanvraag, { startdatum: '2026-04-01', einddatum: '2027-12-31' });
    } catch (err) {
      expect(err).toBeInstanceOf(PeriodeBuitenRegeling);
      expect(err).toMatchObject({
        kind: 'invalid',
        field: { name: 'periodeVan', message: 'the period has no overlap with 2026-04-01..2027-12-31' },
      });
    }
    expect.assertions(3);
  });
});
