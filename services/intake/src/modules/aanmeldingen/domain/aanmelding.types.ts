import type { Kanaal } from '@wiz/contracts';
import type { InwonerGegevens } from '../../inwoners/domain/inwoner-gegevens';
import type { Situatie } from '../../routering/domain';
import type { DeelnemerAntwoorden } from './deelnemer-antwoorden';

export type { Situatie };

/** The situation as the request carries it: what routing looks at plus the optional ESF+ answers. */
export type IntakeSituatie = Situatie & DeelnemerAntwoorden;

export interface NieuweAanmelding {
  kanaal: Kanaal;
  inwoner: InwonerGegevens;
  situatie: IntakeSituatie;
  hulpvraag: string;
  hulpvraagSoort?: string;
}
