/** A refused request in Dutch: a title and, where it helps, what the user can do about it. */
export interface ProbleemTekst {
  titel: string;
  tekst?: string;
}

const TYPE = 'https://werkinzicht.nl/problemen/';

/**
 * One Dutch text per kind of problem (the problem's `type`, as the services' OpenAPI documents list them). The
 * service's `detail` is English and meant for developers; the portaal shows this instead.
 */
export const PROBLEEM_TEKSTEN: Readonly<Record<string, ProbleemTekst>> = {
  [`${TYPE}ongeldige-invoer`]: {
    titel: 'De gegevens zijn niet goed ingevuld',
    tekst: 'Controleer de gemarkeerde velden en probeer het opnieuw.',
  },
  [`${TYPE}niet-aangemeld`]: { titel: 'U bent niet (meer) aangemeld', tekst: 'Meld u opnieuw aan.' },
  [`${TYPE}geen-toegang`]: {
    titel: 'U hebt geen toegang tot deze gegevens',
    tekst: 'Uw rol mag dit niet. Neem contact op met beheer als u denkt dat dit niet klopt.',
  },
  [`${TYPE}niet-gevonden`]: {
    titel: 'Niet gevonden',
    tekst: 'Dit bestaat niet (meer), of het hoort bij een organisatie waarvan u de gegevens niet mag zien.',
  },
  [`${TYPE}conflict`]: {
    titel: 'Dit botst met de huidige gegevens',
    tekst: 'Bekijk de gegevens opnieuw; misschien is dit al gedaan of kan het in deze toestand niet meer.',
  },
  [`${TYPE}versie-verouderd`]: {
    titel: 'Iemand anders heeft dit intussen gewijzigd; laad de pagina opnieuw',
    tekst: 'Uw wijziging is niet opgeslagen. Laad de pagina opnieuw en voer de wijziging nog eens in.',
  },
  // The portaal sends the right method, Accept and If-Match: these four mean a fault in the portaal, or a search
  // made too long to send.
  [`${TYPE}methode-niet-toegestaan`]: {
    titel: 'Het portaal vroeg iets wat de dienst zo niet doet',
    tekst: 'Dit is een fout in het portaal. Meld het bij beheer.',
  },
  [`${TYPE}formaat-niet-beschikbaar`]: {
    titel: 'Dit formaat is hier niet beschikbaar',
    tekst: 'Kies een ander formaat; meld het bij beheer als u geen keuze had.',
  },
  [`${TYPE}uri-te-lang`]: { titel: 'De zoekvraag is te lang', tekst: 'Zoek met minder of kortere termen.' },
  [`${TYPE}voorwaarde-vereist`]: {
    titel: 'Het portaal stuurde de versie van de gegevens niet mee',
    tekst: 'Laad de pagina opnieuw en probeer het nog eens; meld het bij beheer als het zo blijft.',
  },
  [`${TYPE}te-groot`]: { titel: 'Het bestand is te groot', tekst: 'Verklein het bestand of splits het op.' },
  [`${TYPE}mediatype-niet-ondersteund`]: {
    titel: 'Dit soort bestand kan hier niet worden gebruikt',
    tekst: 'Kies een bestand van een soort die hier wordt gevraagd.',
  },
  [`${TYPE}niet-verwerkbaar`]: {
    titel: 'Dit kan niet worden verwerkt',
    tekst: 'De gegevens zijn compleet, maar passen niet bij wat er al is vastgelegd.',
  },
  [`${TYPE}te-veel-verzoeken`]: { titel: 'Te veel verzoeken; probeer het zo opnieuw', tekst: 'Wacht een minuut.' },
  [`${TYPE}interne-fout`]: {
    titel: 'Er ging iets mis bij de dienst',
    tekst: 'De fout is vastgelegd. Probeer het later opnieuw; meld het bij beheer als het zo blijft.',
  },
  [`${TYPE}niet-beschikbaar`]: {
    titel: 'De dienst is even niet bereikbaar; probeer het zo opnieuw',
    tekst: 'Een onderdeel waar de dienst van afhangt is tijdelijk weg.',
  },
  [`${TYPE}bezet`]: {
    titel: 'Even geduld: er worden nu andere grote bestanden gemaakt',
    tekst: 'De dienst maakt maar een paar grote bestanden tegelijk. Probeer het over een paar seconden opnieuw.',
  },
};

/** For a problem without a type of its own (`about:blank`, e.g. from the portaal's own proxy): a title by status. */
export const TITELS_PER_STATUS: Readonly<Record<number, string>> = {
  400: PROBLEEM_TEKSTEN[`${TYPE}ongeldige-invoer`].titel,
  403: PROBLEEM_TEKSTEN[`${TYPE}geen-toegang`].titel,
  404: PROBLEEM_TEKSTEN[`${TYPE}niet-gevonden`].titel,
  409: PROBLEEM_TEKSTEN[`${TYPE}conflict`].titel,
  412: PROBLEEM_TEKSTEN[`${TYPE}versie-verouderd`].titel,
  413: PROBLEEM_TEKSTEN[`${TYPE}te-groot`].titel,
  422: PROBLEEM_TEKSTEN[`${TYPE}niet-verwerkbaar`].titel,
  429: PROBLEEM_TEKSTEN[`${TYPE}te-veel-verzoeken`].titel,
  503: PROBLEEM_TEKSTEN[`${TYPE}niet-beschikbaar`].titel,
};
