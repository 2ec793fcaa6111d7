import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@wiz/platform';
import { SkillsLijst } from './skills-lijst.query';

/** The skills vocabulary with every synonym, for beheer to maintain (screens get codes and labels from keuzelijsten). */
@ApiTags('skills')
@Controller('skills')
export class SkillsLijstController {
  constructor(private readonly lijst: SkillsLijst) {}

  @Get()
  @Roles('beheer')
  @ApiOperation({ summary: 'The skills vocabulary: codes, labels and synonyms (beheer)' })
  @ApiOkResponse({ description: '{ items: [{ code, label, synoniemen }] }' })
  async list() {
    return { items: await this.lijst.skills() };
  }
}
