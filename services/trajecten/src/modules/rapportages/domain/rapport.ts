import { STAPPEN } from '@wiz/contracts';
import type { MonitorCijfers } from '../../monitor/domain/monitor-cijfers.type';
import type { Definitie } from '../../monitor/domain/definities';
import type { Rapportperiode } from './rapportperiode';
import { doelVan, STAP_NAMEN, DOELGROEP_NAMEN, PROJECT_NAMEN } from './namen';

/** One figure of the report; `doel` is the target (or starting balance) it is held against, when one exists. */
export interface RapportRegel {
  label: string;
  waarde: number;
  doel: number | null;
}

/**
 * A section is one table in the PDF, one sheet in the XLSX. `grafiek`: `staven` draws its figures as bars on one
 * scale; `voortgang` draws each figure that has a target as progress toward it (figures of different sizes, such as
 * 20,000 people and 500 placements, cannot share a scale); `geen` is a table only.
 */
export interface RapportSectie {
  titel: string;
  regels: RapportRegel[];
  grafiek: 'staven' | 'voortgang' | 'geen';
}

/** The council report: everything the PDF and XLSX show, and what publishing freezes. */
export interface Rapport {
  periode: string;
  van: string;
  tot: string;
  gemeentecode: string | null;
  definitieVersie: number;
  secties: RapportSectie[];
  definities: Definitie[];
}

const regel = (label: string, waarde: number, doel: number | null = null): RapportRegel => ({ label, waarde, doel });

/** Puts the monitor's figures for one period and area into the report's sections, in the order a council reads them. */
export function stelRapportSamen(
  periode: Rapportperiode,
  c: MonitorCijfers,
  definities: readonly Definitie[],
): Rapport {
  const ab = c.afspraakbanen;
  return {
    periode: periode.code,
    van: periode.van,
    tot: periode.tot,
    gemeentecode: c.gemeentecode,
    definitieVersie: c.definitieVersie,
    secties: [
      {
        titel: 'Kerncijfers',
        grafiek: 'voortgang',
        regels: [
          regel(
            'Inwoners een stap vooruit',
            c.inwonersEenStapVooruit,
            doelVan(c, 'inwoners-een-stap-vooruit') ?? c.doel,
          ),
          regel('Gestarte trajecten', c.gestarteTrajecten),
          regel('Kansrijk Opleiden (personen)', c.kansrijkOpleiden, doelVan(c, 'kansrijk-opleiden')),
          regel('Plaatsingen', c.plaatsingen, doelVan(c, 'plaatsingen')),
          regel('Duurzame plaatsingen', c.duurzamePlaatsingen, doelVan(c, 'duurzame-plaatsingen')),
        ],
      },
      {
        titel: 'Stap vooruit per stap',
        grafiek: 'staven',
        regels: STAPPEN.map((s) => regel(STAP_NAMEN[s], c.perStap[s])),
      },
      {
        titel: 'Per doelgroep',
        grafiek: 'staven',
        regels: c.perDoelgroep.map((d) =>
          regel(`${DOELGROEP_NAMEN[d.doelgroep]}: stap vooruit`, d.inwonersEenStapVooruit),
        ),
      },
      {
        titel: 'Per project',
        grafiek: 'geen',
        regels: c.perProject.flatMap((p) => [
          regel(`${PROJECT_NAMEN[p.soort]}: gestart (personen)`, p.personenGestart),
          regel(`${PROJECT_NAMEN[p.soort]}: behaald (personen)`, p.personenBehaald),
        ]),
      },
      {
        titel: 'Kansrijk Opleiden',
        grafiek: 'voortgang',
        regels: [
          regel('Personen met resultaat behaald', c.kansrijkOpleiden, doelVan(c, 'kansrijk-opleiden')),
          regel('Afgeronde opleidingen (behaald)', c.kansrijkOpleidenActiviteiten),
        ],
      },
      {
        titel: 'Plaatsingen',
        grafiek: 'voortgang',
        regels: [
          regel('Plaatsingen', c.plaatsingen, doelVan(c, 'plaatsingen')),
          regel('Duurzame plaatsingen', c.duurzamePlaatsingen, doelVan(c, 'duurzame-plaatsingen')),
        ],
      },
      {
        titel: 'Afspraakbanen',
        grafiek: 'voortgang',
        regels: [
          regel('Beginstand (banen)', ab.beginstand),
          regel('Lopend totaal (banen)', ab.banen, ab.doel),
          regel('Lopend totaal (eenheden van 25,5 uur)', ab.eenheden, ab.doelEenheden),
        ],
      },
    ],
    definities: [...definities],
  };
}
