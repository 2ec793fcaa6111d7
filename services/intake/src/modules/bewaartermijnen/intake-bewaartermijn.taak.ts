import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  beperktSql,
  BEWAARTERMIJN_INSTELLINGEN,
  type BewaartermijnInstellingen,
  type BewaartermijnTaak,
} from '@wiz/platform';
import { PERSOONSGEGEVENS_WISSEN, type PersoonsgegevensWissen } from '../privacy/persoonsgegevens-wissen.port';
import { TrajectAfsluitingen } from './database/traject-afsluitingen.repository';
import type { IntakeRecordsoort } from './intake-bewaartermijnen';

type Onderdeel = {
  /** SQL on inwoner alias `i`: something of this kind is still there. */
  nogTeDoen: string;
  wis: (w: PersoonsgegevensWissen, m: EntityManager, ids: string[], op: Date) => Promise<number>;
};

const ONDERDELEN: Record<IntakeRecordsoort, Onderdeel> = {
  identiteitscontroles: {
    nogTeDoen: 'EXISTS (SELECT 1 FROM identiteitscontroles c WHERE c.inwoner_id = i.id)',
    wis: (w, m, ids) => w.identiteitscontroles(m, ids),
  },
  'mogelijke-dubbelen': {
    nogTeDoen: 'EXISTS (SELECT 1 FROM mogelijke_dubbelen d WHERE d.inwoner_id = i.id OR d.kandidaat_id = i.id)',
    wis: (w, m, ids) => w.dubbelen(m, ids),
  },
  toestemmingen: {
    nogTeDoen: 'EXISTS (SELECT 1 FROM toestemmingen t WHERE t.inwoner_id = i.id)',
    wis: (w, m, ids) => w.toestemmingen(m, ids),
  },
  aanmeldingen: {
    nogTeDoen: 'EXISTS (SELECT 1 FROM aanmeldingen a WHERE a.inwoner_id = i.id AND a.gewist_op IS NULL)',
    wis: (w, m, ids, op) => w.aanmeldingen(m, ids, op),
  },
  identiteit: { nogTeDoen: 'i.gewist_op IS NULL', wis: (w, m, ids, op) => w.identiteit(m, ids, op) },
};

/** A restricted person's data is kept as it is (AVG art. 18: often asked for precisely to stop its destruction). */
const NIET_BEPERKT = `NOT ${beperktSql('i.id')}`;

/**
 * Intake's daily retention run: per kind of record, the inwoners past its period (TrajectAfsluitingen.verlopen)
 * lose that part of their data, `batchgrootte` persons per transaction. A batch picks only persons who still hold
 * something of the kind, so a second run finds nothing and a run killed halfway is finished by the next.
 * Answers how many persons each kind was destroyed for.
 */
@Injectable()
export class IntakeBewaartermijnTaak implements BewaartermijnTaak {
  batchgrootte = 100;

  constructor(
    private readonly dataSource: DataSource,
    private readonly afsluitingen: TrajectAfsluitingen,
    @Inject(PERSOONSGEGEVENS_WISSEN) private readonly wisser: PersoonsgegevensWissen,
    @Inject(BEWAARTERMIJN_INSTELLINGEN) private readonly instellingen: BewaartermijnInstellingen<IntakeRecordsoort>,
  ) {}

  async run(now: Date): Promise<Record<string, number>> {
    const resultaat: Record<string, number> = {};
    for (const soort of Object.keys(ONDERDELEN) as IntakeRecordsoort[]) {
      const { nogTeDoen, wis } = ONDERDELEN[soort];
      const grens = this.instellingen.termijnen[soort].grens(now);
      resultaat[soort] = 0;
      for (;;) {
        const gedaan = await this.dataSource.transaction(async (m) => {
          const ids = await this.afsluitingen.verlopen(m, grens, `${nogTeDoen} AND ${NIET_BEPERKT}`, this.batchgrootte);
          if (ids.length) await wis(this.wisser, m, ids, now);
          return ids.length;
        });
        if (gedaan === 0) break;
        resultaat[soort] += gedaan;
      }
    }
    return resultaat;
  }
}
