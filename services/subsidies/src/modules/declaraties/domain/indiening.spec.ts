import { AlleenConceptIndienen } from './declaratie-fouten';
import { eisIndienbaar, ingediendFeit, TeIndienenDeclaratie } from './indiening';

const concept: TeIndienenDeclaratie = {
  id: 'd0000000-0000-4000-8000-000000000001',
  status: 'concept',
  regelingCode: 'JTF',
  periodeVan: '2026-01-01',
  periodeTot: '2026-03-31',
  resultaat: { subsidiabelCenten: 10_000, bijdrageCenten: 6_000 },
};

describe('submitting a claim', () => {
  it('submits a concept: its totals, the number of lines and the moment', () => {
    expect(ingediendFeit(concept, 3, new Date('2026-04-01T10:00:00Z'))).toEqual({
      declaratieId: concept.id,
      regelingCode: 'JTF',
      periodeVan: '2026-01-01',
      periodeTot: '2026-03-31',
      subsidiabelCenten: 10_000,
      bijdrageCenten: 6_000,
      aantalKostenregels: 3,
      ingediendOp: '2026-04-01T10:00:00.000Z',
    });
  });

  it.each(['in-bewerking', 'ingediend'] as const)(
    'refuses a claim that is %s, as a conflict without a field',
    (status) => {
      const fout = (() => {
        try {
          eisIndienbaar({ ...concept, status, resultaat: status === 'ingediend' ? concept.resultaat : null });
        } catch (err) {
          return err;
        }
      })();
      expect(fout).toBeInstanceOf(AlleenConceptIndienen);
      expect(fout).toMatchObject({ kind: 'conflict', field: undefined });
      expect((fout as Error).message).toBe(
        `Only a concept claim can be submitted; this one is ${status}. Corrections go in a new claim.`,
      );
    },
  );
});
