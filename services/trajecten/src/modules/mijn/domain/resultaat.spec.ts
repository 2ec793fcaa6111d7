import { organisatieNaam, resultaten, type ActiviteitFeit } from './resultaat';

const activiteit = (a: Partial<ActiviteitFeit>): ActiviteitFeit => ({
  id: 'a',
  soort: 'kansrijk-opleiden',
  resultaat: 'behaald',
  datum: '2026-02-01',
  organisatie: 'GM0014',
  ...a,
});

describe('mijn: results', () => {
  it('counts a behaald course or praktijkverklaring and a started placement, newest first', () => {
    const lijst = resultaten(
      [
        activiteit({ id: '1' }),
        activiteit({ id: '2', soort: 'praktijkverklaring', datum: '2026-03-01' }),
        activiteit({ id: '3', resultaat: 'niet-behaald' }),
        activiteit({ id: '4', resultaat: null, datum: null }),
        activiteit({ id: '5', soort: 'loopbaanadvies' }),
      ],
      [
        { id: 'p1', startdatum: '2026-04-01', organisatie: 'UWV' },
        { id: 'p2', startdatum: '2026-06-01', organisatie: 'UWV' },
      ],
      '2026-05-01',
    );
    expect(lijst.map((r) => [r.id, r.soort, r.behaaldOp, r.organisatie])).toEqual([
      ['p1', 'plaatsing', '2026-04-01', 'UWV'],
      ['2', 'praktijkverklaring', '2026-03-01', 'Gemeente Groningen'],
      ['1', 'opleiding', '2026-02-01', 'Gemeente Groningen'],
    ]);
  });

  it('names organisations as a reader knows them', () => {
    expect(organisatieNaam('GM1952')).toBe('Gemeente Midden-Groningen');
    expect(organisatieNaam('werkgeversservicepunt')).toBe('Werkgeversservicepunt');
    expect(organisatieNaam('GM0999')).toBe('Gemeente GM0999');
    expect(organisatieNaam('talentperron')).toBe('Talentperron');
  });
});
