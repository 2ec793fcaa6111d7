import { Injectable, NotFoundException } from '@nestjs/common';
import { Principal, TransactionRunner, AuditTrail } from '@wiz/platform';
import { normaliseerSkill } from '../../domain';
import { SkillVocabulaireRepository } from '../../database/skill-vocabulaire-repository';
import { SkillHouders } from '../../skill-houders';
import { eisVrijeTeksten } from '../vrije-teksten';

/** A synonym of an existing code, stored normalised; vacancies and profiles holding it as free text get the code. Audited. */
@Injectable()
export class VoegSynoniemToe {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly vocabulaire: SkillVocabulaireRepository,
    private readonly houders: SkillHouders,
    private readonly audit: AuditTrail,
  ) {}

  execute(code: string, ingevoerd: string, wie: Principal) {
    return this.transactions.run(async (m) => {
      const synoniem = normaliseerSkill(ingevoerd);
      await eisVrijeTeksten(m, this.vocabulaire, [['synoniem', synoniem]]);
      if (!(await this.vocabulaire.bestaat(m, code))) throw new NotFoundException(`Skill ${code} not found.`);
      await this.vocabulaire.voegSynoniemToe(m, code, synoniem);
      await this.houders.herkoppel(m, [synoniem], code);
      await this.audit.schrijf(m, wie, {
        actie: 'synoniem-toevoegen',
        doel: 'werkgeversdienstverlening',
        wat: { soort: 'skill', id: code },
        inwonerIds: [],
        details: { synoniem },
      });
      return { code, synoniem };
    });
  }
}
