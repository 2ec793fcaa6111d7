import { TELDEFINITIE_VERSIE } from './stap-vooruit';

/**
 * What each monitor figure means, in plain Dutch for a council member: the appendix of the council report
 * (rapportages) and anything else that explains the figures. It lives beside the counting rule (stap-vooruit.ts)
 * so a change of the rule and of its explanation is one change, under one TELDEFINITIE_VERSIE.
 */
export interface Definitie {
  term: string;
  uitleg: string;
}

export const DEFINITIES_VERSIE = TELDEFINITIE_VERSIE;

export const DEFINITIES: readonly Definitie[] = [
  {
    term: 'Inwoners een stap vooruit',
    uitleg:
      'Het aantal verschillende inwoners dat in de periode voor het eerst een stap vooruit zette binnen een lopend traject. ' +
      'Een stap vooruit is: naar een latere stap gaan; een activiteit met resultaat behaald afronden; aan het werk gaan (plaatsing); ' +
      'meer uren gaan werken bij een baan die men al had; stijgen op de participatieladder; een traject afsluiten omdat men ' +
      'gaat werken of een opleiding gaat volgen; of binnen vier weken na afsluiten aan het werk gaan. Iedere inwoner telt één keer, ' +
      'op de dag van de eerste stap vooruit en in de gemeente waar die inwoner toen woonde.',
  },
  {
    term: 'Per stap',
    uitleg:
      'De stap die de stap vooruit mogelijk maakte: bij een overgang de stap die werd verlaten, anders de stap waarin de inwoner stond. De aantallen per stap tellen op tot het totaal.',
  },
  {
    term: 'Gestarte trajecten',
    uitleg: 'Het aantal trajecten dat in de periode begon na een aanmelding (één traject per aanmelding).',
  },
  {
    term: 'Doelgroep',
    uitleg:
      'De doelgroepen die bij de aanmelding zijn vastgesteld (jongeren onder 27, 50-plussers, statushouders, mensen met een ' +
      'arbeidsbeperking of GGZ-achtergrond, per uitkering, zonder uitkering, werkenden met risico, zzp’ers). Iemand kan in meer ' +
      'doelgroepen vallen; de doelgroepen tellen daarom niet op tot het totaal. Zonder vastgestelde doelgroep: onbekend.',
  },
  {
    term: 'Per project',
    uitleg:
      'Per soort activiteit (project of arrangement): het aantal verschillende inwoners dat er in de periode mee begon, en het aantal dat er een afrondde met resultaat behaald.',
  },
  {
    term: 'Kansrijk Opleiden',
    uitleg:
      'Het aantal verschillende inwoners dat in de periode een Kansrijk Opleiden-traject afrondde met resultaat behaald. Het aantal afgeronde opleidingen staat ernaast; één inwoner kan er meer hebben.',
  },
  { term: 'Plaatsingen', uitleg: 'Het aantal plaatsingen in werk dat in de periode begon.' },
  {
    term: 'Duurzame plaatsingen',
    uitleg:
      'Plaatsingen waarvan zes maanden na de start is vastgesteld dat de inwoner nog in dienst is en ten minste 24 uur per week werkt (de regionale maat; de Europese ESF+-indicator "werkend na zes maanden" telt elk aantal uren en staat hier niet in).',
  },
  {
    term: 'Afspraakbanen',
    uitleg:
      'Een lopend totaal sinds de basisdatum: de beginstand plus alle plaatsingen op een afspraakbaan die daarna begonnen, tot ' +
      'het einde van de periode. In banen (personen) en in eenheden van 25,5 uur per week, zoals landelijk geteld.',
  },
  {
    term: 'Streefwaarde en beginstand',
    uitleg:
      'Doelen en beginstanden stelt beheer vast, met een datum vanaf wanneer ze gelden; de rapportage toont de waarde die op de laatste dag van de periode gold.',
  },
  {
    term: 'Teldefinitie',
    uitleg:
      'De versie van deze telregels. Een gepubliceerde rapportage noemt de versie waarmee zij is geteld en verandert daarna nooit meer, ook niet als de regels of de gegevens later veranderen.',
  },
];
