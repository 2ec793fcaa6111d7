import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SkillHouder } from './skill-vocabulaire.port';

/**
 * The aggregates that hold skills, as they announced themselves on start. The vocabulary does not know them, so
 * the contexts that hold skills depend on the skills context and not the other way round.
 */
@Injectable()
export class SkillHouders {
  private readonly houders: SkillHouder[] = [];

  meld(houder: SkillHouder): void {
    this.houders.push(houder);
  }

  async herkoppel(m: EntityManager, vrijeSkills: readonly string[], code: string): Promise<void> {
    for (const houder of this.houders) await houder.herkoppelSkills(m, vrijeSkills, code);
  }
}
