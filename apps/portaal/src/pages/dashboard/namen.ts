/**
 * The Dutch names of the monitor's doelgroepen. The council report in trajecten has the same list
 * (modules/rapportages/domain/namen.ts); the portaal cannot import a service, so keep both in step.
 */
export const DOELGROEP_NAMEN: Record<string, string> = {
  jongeren: 'Jongeren (onder 27)',
  '50-plussers': '50-plussers',
  statushouders: 'Statushouders',
  arbeidsbeperking: 'Met arbeidsbeperking',
  ggz: 'Met GGZ-achtergrond',
  participatiewet: 'Participatiewet',
  ww: 'WW',
  wia: 'WIA',
  wajong: 'Wajong',
  anw: 'Anw',
  'zonder-uitkering': 'Zonder uitkering',
  'werkenden-met-risico': 'Werkenden met risico',
  zzp: 'Zzp’ers',
  onbekend: 'Doelgroep onbekend',
};
