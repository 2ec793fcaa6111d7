/** The pages of Mijn Werk in Zicht, in the order of the menu and the tiles on the start page. */
export const MIJN_PAGINAS = [
  { pad: '/mijn', label: 'Overzicht', uitleg: 'Alles over uw traject bij Werk in Zicht op één plek.' },
  { pad: '/mijn/traject', label: 'Uw traject', uitleg: 'Waar u nu bent, uw doelen en uw volgende afspraken.' },
  {
    pad: '/mijn/resultaten',
    label: 'Uw resultaten',
    uitleg: 'Wat u heeft behaald, met certificaat en digitaal bewijs.',
  },
  {
    pad: '/mijn/gegevens',
    label: 'Uw gegevens',
    uitleg: 'Wat wij van u weten. Klopt er iets niet? Laat het ons weten.',
  },
  { pad: '/mijn/toestemmingen', label: 'Toestemmingen', uitleg: 'Wie uw profiel mag zien. U kiest het zelf.' },
  {
    pad: '/mijn/inzage',
    label: 'Wie bekeek uw gegevens?',
    uitleg: 'Welke medewerkers uw gegevens hebben bekeken, en waarom.',
  },
  { pad: '/mijn/download', label: 'Download uw gegevens', uitleg: 'Al uw gegevens in één bestand.' },
] as const;
