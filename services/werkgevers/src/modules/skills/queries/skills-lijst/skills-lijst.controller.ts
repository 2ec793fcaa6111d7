import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Operation, Roles } from '@wiz/platform';
import { SkillsLijst } from './skills-lijst.query';
import { SkillsVocabulaire } from './skills-lijst.response';

/** The skills vocabulary with every synonym, for beheer to maintain (screens get codes and labels from keuzelijsten). */
@ApiTags('skills')
@Controller('skills')
export class SkillsLijstController {
  constructor(private readonly lijst: SkillsLijst) {}

  @Get()
  @Roles('beheer')
  @Operation({
    id: 'listSkills',
    summary: 'The skills vocabulary: codes, labels and synonyms (beheer)',
    status: 200,
    response: SkillsVocabulaire,
  })
  async list() {
    const skills = await this.lijst.skills();
    return { items: skills.map((s) => ({ ...s, synoniemen: [...s.synoniemen] })) };
  }
}
