import type { AuditRoute, AuditRouteTable } from '@wiz/platform';
import { inwonersVanPlaatsingen, inwonersVanPlaatsingenInAntwoord } from './database/inwoners-van';

const DOEL = 'werkgeversdienstverlening';
const plaatsing = (actie: string): AuditRoute => ({
  actie,
  doel: DOEL,
  wat: 'plaatsing',
  inwoners: inwonersVanPlaatsingen('plaatsing'),
});

/**
 * werkgevers' one decision about personal data, route by route: `persoonsgegevens` leave exactly one audit row per
 * successful call naming every inwoner shown or changed (confirming an SROI doelgroep writes its own, with the
 * value before); `zonder` hold employers, vacancies, vocabulary or aggregated figures. The authorization matrix fails
 * on a route on neither list.
 */
export const PERSOONSGEGEVENS: AuditRouteTable = {
  persoonsgegevens: {
    'PUT /api/v1/kandidaten/:trajectId/profiel': {
      actie: 'kandidaatprofiel-zetten',
      doel: DOEL,
      wat: 'kandidaat',
      id: 'trajectId',
      inwoners: inwonersVanPlaatsingen('geen'),
    },
    // Pseudonymised candidates (a keyed HMAC per vacancy): the persons behind the pseudonyms are not named, as the
    // answer does not name them either; a profile released with consent carries its trajectId, and its inwoner is.
    'GET /api/v1/vacatures/:id/kandidaten': {
      actie: 'kandidaten-inzien',
      doel: DOEL,
      wat: 'vacature',
      inwoners: inwonersVanPlaatsingen('geen'),
    },
    // The arrangement's placements (dates, end reason): the person of each.
    'GET /api/v1/arrangementen/:id': {
      actie: 'arrangement-inzien',
      doel: DOEL,
      wat: 'arrangement',
      inwoners: inwonersVanPlaatsingenInAntwoord,
    },
    // The inwoner's own candidacy (issue 20): the use case names them (from the token) in its row.
    'GET /api/v1/mijn/vacatures': { actie: 'vacatures-als-kandidaat-inzien', doel: DOEL, wat: 'vacatures' },
    'GET /api/v1/plaatsingen': {
      actie: 'plaatsingen-inzien',
      doel: DOEL,
      wat: 'plaatsingen',
      inwoners: inwonersVanPlaatsingen('geen'),
    },
    'POST /api/v1/plaatsingen': { ...plaatsing('plaatsing-registreren'), inwoners: inwonersVanPlaatsingen('geen') },
    'POST /api/v1/plaatsingen/:id/beeindiging': plaatsing('plaatsing-beeindigen'),
    'POST /api/v1/plaatsingen/:id/uren': plaatsing('uren-wijzigen'),
    'POST /api/v1/plaatsingen/:id/sroi-doelgroep': plaatsing('sroi-doelgroep-bevestigen'),
  },
  zonder: {
    'GET /api/v1/arrangementen': 'employer arrangements',
    'POST /api/v1/arrangementen': 'an employer arrangement',
    'GET /api/v1/keuzelijsten': 'value lists',
    'GET /api/v1/rapportage': 'aggregated figures',
    'GET /api/v1/rapportage/export': 'aggregated figures as a file',
    'GET /api/v1/skills': 'the skills vocabulary',
    'POST /api/v1/skills': 'the skills vocabulary (audited as a configuration change)',
    'POST /api/v1/skills/:code/synoniemen': 'the skills vocabulary (audited as a configuration change)',
    'GET /api/v1/sroi-verplichtingen': 'SROI obligations and their progress in figures',
    'POST /api/v1/sroi-verplichtingen': 'an SROI obligation',
    'GET /api/v1/sroi-verplichtingen/:id': 'an SROI obligation and its progress in figures',
    'GET /api/v1/vacatures': 'vacancies',
    'GET /api/v1/vacatures/:id': 'a vacancy',
    'POST /api/v1/vacatures/:id/status': 'a vacancy (audited as a change)',
    'GET /api/v1/werkgevers': 'employers',
    'POST /api/v1/werkgevers': 'an employer',
    'GET /api/v1/werkgevers/:id': 'an employer and its contact persons (not inwoners)',
    'POST /api/v1/werkgevers/:id/contactpersonen': "an employer's contact person (not an inwoner)",
    'POST /api/v1/werkgevers/:id/vacatures': 'a vacancy',
  },
};
