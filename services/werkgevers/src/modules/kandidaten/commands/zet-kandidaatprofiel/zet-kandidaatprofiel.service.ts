import { Inject, Injectable } from '@nestjs/common';
import { assertNietBeperkt, assertReach, Principal, TransactionRunner } from '@wiz/platform';
import { SCOPING } from '../../../scoping';
import { KandidaatRepository } from '../../database/kandidaat-repository';
import { SKILL_VOCABULAIRE, type SkillVocabulaire } from '../../../skills/skill-vocabulaire.port';

/** The consultant of the traject's organisation sets the candidate's skills and releases (or withdraws) the profile. */
@Injectable()
export class ZetKandidaatprofiel {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly kandidaten: KandidaatRepository,
    @Inject(SKILL_VOCABULAIRE) private readonly vocabulaire: SkillVocabulaire,
  ) {}

  execute(trajectId: string, p: { skills: string[]; vrijgegeven: boolean }, wie: Principal) {
    return this.transactions.run(async (m) => {
      const eigenaar = await this.kandidaten.eigenaarVoorWijziging(m, trajectId);
      assertReach(
        wie,
        SCOPING.kandidaatprofiel,
        'write',
        eigenaar === undefined ? undefined : [eigenaar],
        `Traject ${trajectId}`,
      );
      await assertNietBeperkt(m, (await this.kandidaten.kandidaat(m, trajectId))!.inwonerId, wie);
      // Mapped as a vacancy's skills are, so a free skill on both sides matches on its normalised text.
      const skills = await this.vocabulaire.koppel(m, p.skills);
      await this.kandidaten.zetProfiel(m, trajectId, skills, p.vrijgegeven);
      return { trajectId, skills, vrijgegeven: p.vrijgegeven };
    });
  }
}
