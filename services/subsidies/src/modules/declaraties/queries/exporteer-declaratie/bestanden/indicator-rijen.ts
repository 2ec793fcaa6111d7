/** One printable row of a claim's ESF+ indicators: group, value, count. */
export type IndicatorRij = [groep: string, waarde: string, aantal: number];

const GROEPEN: Record<string, string> = {
  deelnemers: 'Deelnemers',
  perArbeidsmarktstatus: 'Arbeidsmarktstatus bij intrede',
  perLeeftijdsband: 'Leeftijd bij intrede',
  perOpleidingsniveau: 'Opleidingsniveau bij intrede',
  perGeslacht: 'Geslacht',
  metArbeidsbeperking: 'Met arbeidsbeperking',
  kenmerken: 'Kenmerken bij intrede',
  onvolledig: 'Onvolledig (gegevens ontbreken, alleen voor deze indicator)',
  resultaten: 'Resultaten (ESF+)',
  nogNietBekend: 'Resultaat nog niet bekend op de peildatum',
  duurzaamGeplaatst: 'Duurzaam geplaatst (regionale maat, geen ESF+-indicator)',
};

const WAARDEN: Record<string, string> = {
  werkloos: 'Werkloos (incl. langdurig)',
  'langdurig-werkloos': 'waarvan langdurig werkloos',
  inactief: 'Inactief',
  werkend: 'Werkend (incl. zelfstandig)',
  'onder-18': 'Jonger dan 18',
  '18-29': '18 t/m 29',
  '30-54': '30 t/m 54',
  '55-plus': '55 en ouder',
  'isced-0-2': 'ISCED 0-2',
  'isced-3-4': 'ISCED 3-4',
  'isced-5-8': 'ISCED 5-8',
  onbekend: 'Onbekend',
  man: 'Man',
  vrouw: 'Vrouw',
  anders: 'Anders',
  arbeidsmarktstatus: 'Arbeidsmarktstatus',
  langdurigWerkloos: 'Langdurig werkloos',
  leeftijdsband: 'Leeftijd',
  opleidingsniveau: 'Opleidingsniveau',
  geslacht: 'Geslacht',
  arbeidsbeperking: 'Arbeidsbeperking',
  derdelander: 'Onderdaan van een derde land',
  migratieachtergrond: 'Migratieachtergrond',
  minderheid: 'Minderheid',
  dakloos: 'Dakloos of uitgesloten van huisvesting',
  platteland: 'Woont op het platteland',
  uitgestroomd: 'Uitgestroomd',
  werkzoekend: 'Werkzoekend bij uitstroom',
  onderwijs: 'In onderwijs of opleiding bij uitstroom',
  kwalificatie: 'Kwalificatie behaald bij uitstroom',
  werkBinnenVierWeken: 'Aan het werk binnen vier weken na uitstroom (incl. zelfstandig)',
  werkNaZesMaanden: 'Aan het werk zes maanden na uitstroom (incl. zelfstandig, elk aantal uren)',
  verbeterdeSituatieNaZesMaanden: 'Betere arbeidsmarktsituatie zes maanden na uitstroom',
  binnenVierWeken: 'Vier weken na uitstroom nog niet verstreken',
  naZesMaanden: 'Zes maanden na uitstroom nog niet verstreken',
};

// Claims compiled before issue 15 keep their stored figures, which meant something else under the same keys.
const OUDE_WAARDEN: Record<string, string> = {
  werkloos: 'Werkloos (excl. langdurig)',
  'langdurig-werkloos': 'Langdurig werkloos',
  werkNaZesMaanden: 'Duurzaam aan het werk (24+ uur; oude definitie)',
  kwalificatie: 'Kwalificatie behaald',
  werkBinnenVierWeken: 'Aan het werk binnen vier weken',
};

/** The stored indicators as rows, in stored order, with Dutch labels; unknown keys are shown as they are. */
export function indicatorRijen(indicatoren: Record<string, unknown> | undefined): IndicatorRij[] {
  if (!indicatoren) return [];
  const labels = 'onvolledig' in indicatoren ? WAARDEN : { ...WAARDEN, ...OUDE_WAARDEN };
  const rijen: IndicatorRij[] = [];
  const loop = (pad: string, waarde: unknown) => {
    if (typeof waarde === 'number') {
      const [groep, ...rest] = pad.split('.');
      const sleutel = rest.at(-1);
      const groepPad = rest.length > 1 ? pad.slice(0, pad.lastIndexOf('.')) : groep;
      rijen.push([GROEPEN[groepPad] ?? groepPad, sleutel === undefined ? '' : (labels[sleutel] ?? sleutel), waarde]);
    } else if (waarde && typeof waarde === 'object') {
      for (const [k, v] of Object.entries(waarde)) loop(`${pad}.${k}`, v);
    }
  };
  for (const [k, v] of Object.entries(indicatoren)) loop(k, v);
  return rijen;
}
