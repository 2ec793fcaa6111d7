import { DEFINITIES } from '../../monitor/domain/definities';
import type { MonitorCijfers } from '../../monitor/domain/monitor-cijfers.type';
import { stelRapportSamen } from './rapport';
import { leesPeriode } from './rapportperiode';
import { getal } from '../documenten/opmaak';

const cijfers: MonitorCijfers = {
  definitieVersie: 2,
  van: '2026-01-01',
  tot: '2026-06-30',
  gemeentecode: 'GM0014',
  doel: 20000,
  inwonersEenStapVooruit: 7,
  gestarteTrajecten: 9,
  perStap: { orienteren: 3, begeleiden: 0, ontwikkelen: 2, scholen: 1, matchen: 1 },
  kansrijkOpleiden: 2,
  kansrijkOpleidenActiviteiten: 3,
  plaatsingen: 4,
  duurzamePlaatsingen: 1,
  perMaand: [],
  perDoelgroep: [
    { doelgroep: 'jongeren', inwonersEenStapVooruit: 2, gestarteTrajecten: 3, kansrijkOpleiden: 1, plaatsingen: 1 },
    { doelgroep: 'onbekend', inwonersEenStapVooruit: 5, gestarteTrajecten: 6, kansrijkOpleiden: 1, plaatsingen: 3 },
  ],
  perProject: [{ soort: 'werkfit', personenGestart: 4, personenBehaald: 2 }],
  afspraakbanen: {
    basisdatum: '2020-12-31',
    banen: 3004,
    eenheden: 3003.5,
    beginstand: 3001,
    doel: 3500,
    doelEenheden: 3400,
  },
  streefwaarden: [
    {
      id: 'x',
      sleutel: 'plaatsingen',
      gemeentecode: 'GM0014',
      geldigVanaf: '2026-01-01',
      basisdatum: null,
      beginstand: null,
      beginstandEenheden: null,
      doel: 40,
      doelEenheden: null,
      vastgesteldDoor: 'b',
      vastgesteldOp: '2026-01-01T00:00:00Z',
    },
  ],
};

describe('the council report from the monitor figures', () => {
  const r = stelRapportSamen(leesPeriode('2026-H1'), cijfers, DEFINITIES);
  const sectie = (titel: string) => r.secties.find((s) => s.titel === titel)!.regels;

  it('holds each figure against its target where one applies, and only there', () => {
    expect(sectie('Kerncijfers')).toEqual([
      { label: 'Inwoners een stap vooruit', waarde: 7, doel: 20000 },
      { label: 'Gestarte trajecten', waarde: 9, doel: null },
      { label: 'Kansrijk Opleiden (personen)', waarde: 2, doel: null },
      { label: 'Plaatsingen', waarde: 4, doel: 40 },
      { label: 'Duurzame plaatsingen', waarde: 1, doel: null },
    ]);
    expect(sectie('Afspraakbanen')).toEqual([
      { label: 'Beginstand (banen)', waarde: 3001, doel: null },
      { label: 'Lopend totaal (banen)', waarde: 3004, doel: 3500 },
      { label: 'Lopend totaal (eenheden van 25,5 uur)', waarde: 3003.5, doel: 3400 },
    ]);
  });

  it('has every step in order, every target group and project the monitor gives, and the definition version', () => {
    expect(sectie('Stap vooruit per stap').map((g) => g.waarde)).toEqual([3, 0, 2, 1, 1]);
    expect(sectie('Per doelgroep').map((g) => g.label)).toEqual([
      'Jongeren (onder 27): stap vooruit',
      'Doelgroep onbekend: stap vooruit',
    ]);
    expect(sectie('Per project')).toEqual([
      { label: 'Werkfit: gestart (personen)', waarde: 4, doel: null },
      { label: 'Werkfit: behaald (personen)', waarde: 2, doel: null },
    ]);
    expect(sectie('Kansrijk Opleiden').map((g) => g.waarde)).toEqual([2, 3]);
    expect(r).toMatchObject({
      periode: '2026-H1',
      van: '2026-01-01',
      tot: '2026-06-30',
      gemeentecode: 'GM0014',
      definitieVersie: 2,
    });
    expect(r.definities.map((d) => d.term)).toContain('Teldefinitie');
  });

  it.each([
    [0, '0'],
    [1234, '1.234'],
    [3003.5, '3.003,5'],
    [1234567.25, '1.234.567,25'],
    [-12, '-12'],
  ])('writes %p as %p', (n, tekst) => {
    expect(getal(n)).toBe(tekst);
  });
});
