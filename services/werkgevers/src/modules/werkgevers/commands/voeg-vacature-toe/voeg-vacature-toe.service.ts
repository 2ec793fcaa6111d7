import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Principal, TransactionRunner } from '@wiz/platform';
import { WerkgeverRepository } from '../../database/werkgever-repository';
import { SKILL_VOCABULAIRE, type SkillVocabulaire } from '../../../skills/skill-vocabulaire.port';
import { eisWijzigbareWerkgever } from '../wijzigbare-werkgever';

export interface NieuweVacature {
  titel: string;
  urenPerWeek: number;
  aantal: number;
  skills: string[];
  openHiring: boolean;
  cvLoos: boolean;
  geschiktVoorAfspraakbaan: boolean;
}

/** A vacancy at an employer the caller may change, its skills mapped onto the vocabulary. */
@Injectable()
export class VoegVacatureToe {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly werkgevers: WerkgeverRepository,
    @Inject(SKILL_VOCABULAIRE) private readonly vocabulaire: SkillVocabulaire,
  ) {}

  execute(werkgeverId: string, v: NieuweVacature, wie: Principal): Promise<{ id: string }> {
    return this.transactions.run(async (m) => {
      await eisWijzigbareWerkgever(m, this.werkgevers, werkgeverId, wie);
      const id = randomUUID();
      // What the client sent is kept as sent; what matching compares is the code or the normalised free text.
      const skills = await this.vocabulaire.koppel(m, v.skills);
      await this.werkgevers.voegVacatureToe(m, {
        id,
        werkgeverId,
        titel: v.titel,
        urenPerWeek: v.urenPerWeek,
        aantal: v.aantal,
        skills,
        skillsIngevoerd: v.skills,
        openHiring: v.openHiring,
        cvLoos: v.cvLoos,
        geschiktVoorAfspraakbaan: v.geschiktVoorAfspraakbaan,
      });
      return { id };
    });
  }
}
