import { Injectable } from '@nestjs/common';
import { Principal, TransactionRunner, AuditTrail } from '@wiz/platform';
import { normaliseerSkill } from '../../domain';
import { SkillVocabulaireRepository } from '../../database/skill-vocabulaire-repository';
import { SkillHouders } from '../../skill-houders';
import { eisVrijeTeksten } from '../vrije-teksten';

export interface NieuweSkill {
  code: string;
  label: string;
  synoniemen: string[];
}

/**
 * A new code with its label and synonyms. A text may stand for one code only; vacancies and profiles that held one
 * of its texts as a free skill match on the code from then on. Audited in the same transaction.
 */
@Injectable()
export class VoegSkillToe {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly vocabulaire: SkillVocabulaireRepository,
    private readonly houders: SkillHouders,
    private readonly audit: AuditTrail,
  ) {}

  execute(s: NieuweSkill, wie: Principal) {
    return this.transactions.run(async (m) => {
      const synoniemen = [...new Set(s.synoniemen.map(normaliseerSkill))];
      await eisVrijeTeksten(m, this.vocabulaire, [
        ['code', s.code],
        ['label', s.label],
        ...synoniemen.map((y): [string, string] => ['synoniemen', y]),
      ]);
      await this.vocabulaire.voegSkillToe(m, s.code, s.label);
      for (const synoniem of synoniemen) await this.vocabulaire.voegSynoniemToe(m, s.code, synoniem);
      await this.houders.herkoppel(m, [...new Set([s.code, s.label, ...synoniemen].map(normaliseerSkill))], s.code);
      await this.audit.schrijf(m, wie, {
        actie: 'skill-toevoegen',
        doel: 'werkgeversdienstverlening',
        wat: { soort: 'skill', id: s.code },
        inwonerIds: [],
        details: { label: s.label, synoniemen },
      });
      return { code: s.code, label: s.label, synoniemen };
    });
  }
}
