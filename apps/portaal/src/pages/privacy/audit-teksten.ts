/**
 * Plain Dutch (B1) for the codes the services write in their audit trail, in one place for the whole portaal. The
 * codes come from each service's modules/audit/persoonsgegevens.ts, the use cases that write their own row, and the
 * platform's audit (test/rules/audit-teksten.spec checks every one of them has a text here). A code the portaal
 * does not know yet is shown as it is, so a new one is never hidden.
 */
const ACTIES: Record<string, string> = {
  // Every service (the platform): the privacy officer reading the trail itself.
  'audit-inzien': 'Audittrail bekeken',
  // intake
  inzage: 'Gegevens bekeken',
  vastleggen: 'Gegevens vastgelegd',
  zoeken: 'Inwoner gezocht',
  identificeren: 'Anonieme inwoner bekend gemaakt',
  'bsn-herversleutelen': 'BSN opnieuw beveiligd',
  inloggen: 'Ingelogd met DigiD',
  'identiteitscontroles-inzien': 'Controles van identiteit bekeken',
  'identiteit-beoordelen': 'Identiteit beoordeeld',
  'toestemming-wijzigen': 'Toestemming gewijzigd',
  'toestemmingen-inzien': 'Toestemmingen bekeken',
  'beperking-vastleggen': 'Gebruik van gegevens beperkt',
  'beperking-opheffen': 'Beperking opgeheven',
  'wisverzoek-indienen': 'Verzoek tot wissen ingediend',
  'privacyverzoeken-inzien': 'Privacyverzoeken bekeken',
  'dubbelen-inzien': 'Mogelijk dubbele inwoners bekeken',
  // trajecten
  'caseload-inzien': 'Eigen inwoners bekeken',
  'caseload-team-inzien': 'Inwoners van het team bekeken',
  'trajecten-inzien': 'Lijst met trajecten bekeken',
  'traject-inzien': 'Traject bekeken',
  'activiteit-starten': 'Activiteit gestart',
  'activiteit-afronden': 'Activiteit afgerond',
  'traject-afsluiten': 'Traject afgesloten',
  'ladder-wijzigen': 'Trede op de participatieladder gewijzigd',
  'werkuren-vastleggen': 'Werkuren vastgelegd',
  'stap-zetten': 'Stap in het traject gezet',
  'traject-toewijzen': 'Traject aan consulent gegeven',
  'journaal-inzien': 'Journaal bekeken',
  'notitie-schrijven': 'Notitie geschreven',
  'notitie-corrigeren': 'Notitie verbeterd',
  'plan-inzien': 'Plan bekeken',
  'plan-akkoord-vastleggen': 'Akkoord op het plan vastgelegd',
  'plandoel-toevoegen': 'Doel aan het plan toegevoegd',
  'planactie-toevoegen': 'Actie aan het plan toegevoegd',
  'planstatus-zetten': 'Stand in het plan gewijzigd',
  'overdrachten-inzien': 'Overdrachten bekeken',
  'overdracht-voorstellen': 'Overdracht voorgesteld',
  'overdracht-accepteren': 'Overdracht aangenomen',
  'overdracht-afwijzen': 'Overdracht afgewezen',
  'opvolgingen-inzien': 'Opvolgingen bekeken',
  'opvolging-inzien': 'Opvolging bekeken',
  'opvolging-afsluiten': 'Opvolging afgesloten',
  'opvolging-uitkomst-vastleggen': 'Uitkomst van opvolging vastgelegd',
  // trajecten: the inwoner themself (Mijn Werk in Zicht)
  'mijn-trajecten-inzien': 'Eigen traject bekeken',
  'mijn-resultaten-inzien': 'Eigen resultaten bekeken',
  'certificaat-downloaden': 'Bewijs van resultaat gedownload',
  'credential-uitgeven': 'Digitaal bewijs van resultaat gemaakt',
  // werkgevers
  'kandidaatprofiel-zetten': 'Profiel als kandidaat vastgelegd',
  'kandidaten-inzien': 'Kandidaten voor een vacature bekeken',
  'arrangement-inzien': 'Arrangement met plaatsingen bekeken',
  'dead-letters-inzien': 'Vastgelopen berichten bekeken',
  'dead-letter-inzien': 'Vastgelopen bericht bekeken',
  'vacatures-als-kandidaat-inzien': 'Eigen vacatures als kandidaat bekeken',
  'plaatsingen-inzien': 'Plaatsingen bij werkgevers bekeken',
  'plaatsing-registreren': 'Plaatsing bij werkgever vastgelegd',
  'plaatsing-beeindigen': 'Plaatsing beëindigd',
  'uren-wijzigen': 'Uren gewijzigd',
  'sroi-doelgroep-bevestigen': 'SROI-doelgroep bevestigd',
  'skill-toevoegen': 'Vaardigheid toegevoegd',
  'synoniem-toevoegen': 'Ander woord voor vaardigheid toegevoegd',
  'vacature-status-wijzigen': 'Stand van vacature gewijzigd',
  // subsidies
  'kostenregels-inzien': 'Kosten bekeken',
  'kostenregel-vastleggen': 'Kosten vastgelegd',
  'kostenregels-importeren': 'Kosten uit een bestand ingelezen',
  'declaratieregels-inzien': 'Regels van een declaratie bekeken',
  'declaratie-exporteren': 'Declaratie als bestand opgehaald',
  // Mijn Werk in Zicht (issue 20): the inwoner's own reads, and correction requests.
  'mijn-inzage': 'Inwoner bekeek wie de gegevens las',
  'mijn-gegevens-export': 'Inwoner haalde alle eigen gegevens op',
  'mijn-gegevens-inzien': 'Inwoner bekeek de eigen gegevens',
  'mijn-correctieverzoeken-inzien': 'Inwoner bekeek de eigen verzoeken om verbetering',
  'correctieverzoek-indienen': 'Verzoek om verbetering ingediend',
  'correctieverzoeken-inzien': 'Verzoeken om verbetering bekeken',
  'correctieverzoek-afhandelen': 'Verzoek om verbetering afgehandeld',
  'mijn-rechtenverzoeken-inzien': 'Inwoner bekeek de eigen vragen over wissen, beperken of bezwaar',
  'rechtenverzoek-indienen': 'Inwoner vroeg om wissen, beperken of bezwaar',
  'rechtenverzoeken-inzien': 'Vragen over wissen, beperken of bezwaar bekeken',
  'rechtenverzoek-afhandelen': 'Vraag over wissen, beperken of bezwaar beantwoord',
  'rechtenverzoek-verlengen': 'Termijn van een vraag over wissen, beperken of bezwaar verlengd',
};

const DOELEN: Record<string, string> = {
  'toezicht-gegevensbescherming': 'Toezicht op privacy',
  dienstverlening: 'Hulp aan de inwoner',
  'aanmelding-registreren': 'Aanmelding vastleggen',
  sleutelrotatie: 'Beveiliging van het BSN',
  'identiteit-controleren': 'Identiteit controleren',
  'zoeken-inwoner': 'Inwoner zoeken',
  'inwoner-corrigeren': 'Gegevens verbeteren',
  'wijzigingen-inzien': 'Wijzigingen bekijken',
  'toestemming-vastleggen': 'Toestemming vastleggen',
  'inwoners-samenvoegen': 'Dubbele inwoner samenvoegen',
  'dubbel-beoordelen': 'Mogelijk dubbele inwoner beoordelen',
  'dubbelen-controleren': 'Dubbele inwoners zoeken',
  'avg-verzoek': 'Privacyverzoek van de inwoner',
  'mijn-werk-in-zicht': 'Eigen gegevens bekijken (Mijn Werk in Zicht)',
  begeleiding: 'Begeleiding naar werk',
  werkgeversdienstverlening: 'Hulp aan werkgevers',
  subsidieverantwoording: 'Verantwoording van subsidie',
  'eigen-gegevens': 'Inwoner bekijkt eigen gegevens',
  'berichtenverkeer-herstellen': 'Vastgelopen berichten tussen diensten herstellen',
};

const tekst = (teksten: Record<string, string>, code: string) => (Object.hasOwn(teksten, code) ? teksten[code] : code);

/** What was done, in plain Dutch; an unknown code as it is. */
export const actieTekst = (code: string) => tekst(ACTIES, code);
/** Why it was done, in plain Dutch; an unknown code as it is. */
export const doelTekst = (code: string) => tekst(DOELEN, code);
/** Whether the portaal has a text for a code (for the check that every code the services write has one). */
export const heeftTekst = {
  actie: (code: string) => Object.hasOwn(ACTIES, code),
  doel: (code: string) => Object.hasOwn(DOELEN, code),
};
