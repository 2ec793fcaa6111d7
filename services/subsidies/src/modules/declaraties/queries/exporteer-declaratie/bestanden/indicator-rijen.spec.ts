import { indicatorRijen } from './indicator-rijen';

describe('claim indicators as printable rows (XLSX and PDF)', () => {
  it('labels the new groups, the per-indicator incompleteness and the not-yet-known counts', () => {
    const rijen = indicatorRijen({
      deelnemers: 3,
      perArbeidsmarktstatus: { werkloos: 2, 'langdurig-werkloos': 1 },
      onvolledig: { opleidingsniveau: 1 },
      resultaten: { werkNaZesMaanden: 1 },
      nogNietBekend: { naZesMaanden: 2 },
      duurzaamGeplaatst: 0,
    });
    expect(rijen).toEqual([
      ['Deelnemers', '', 3],
      ['Arbeidsmarktstatus bij intrede', 'Werkloos (incl. langdurig)', 2],
      ['Arbeidsmarktstatus bij intrede', 'waarvan langdurig werkloos', 1],
      ['Onvolledig (gegevens ontbreken, alleen voor deze indicator)', 'Opleidingsniveau', 1],
      ['Resultaten (ESF+)', 'Aan het werk zes maanden na uitstroom (incl. zelfstandig, elk aantal uren)', 1],
      ['Resultaat nog niet bekend op de peildatum', 'Zes maanden na uitstroom nog niet verstreken', 2],
      ['Duurzaam geplaatst (regionale maat, geen ESF+-indicator)', '', 0],
    ]);
  });

  it('shows a claim stored before issue 15 with the meaning its figures had then', () => {
    const rijen = indicatorRijen({
      deelnemers: 1,
      perArbeidsmarktstatus: { werkloos: 1, 'langdurig-werkloos': 0 },
      resultaten: { werkNaZesMaanden: 1 },
    });
    expect(rijen.map((r) => r[1])).toEqual([
      '',
      'Werkloos (excl. langdurig)',
      'Langdurig werkloos',
      'Duurzaam aan het werk (24+ uur; oude definitie)',
    ]);
  });

  it('gives no rows for a claim without indicators', () => expect(indicatorRijen(undefined)).toEqual([]));
});
