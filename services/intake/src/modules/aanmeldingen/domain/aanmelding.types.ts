import type { Kanaal } from '@wiz/contracts';
import type { InwonerGegevens } from '../../inwoners/domain/inwoner-gegevens';
import type { Situatie } from '../../routering/domain';

export type { Situatie };

export interface NieuweAanmelding {
  kanaal: Kanaal;
  inwoner: InwonerGegevens;
  situatie: Situatie;
  hulpvraag: string;
  hulpvraagSoort?: string;
}
