import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Roles } from '@wiz/platform';
import { laadVocabulaire } from '../matching/database/skill-vocabulaire';
import { SROI_DOELGROEP_LABELS } from '../sroi/domain';

/**
 * The lists of this service with their Dutch labels, so a screen offers the values the API knows and no client keeps
 * its own copy of them. Skills are the vocabulary beheer keeps (any other text is accepted too, as a free skill).
 */
@ApiTags('keuzelijsten')
@Controller('keuzelijsten')
export class KeuzelijstenController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  @Roles('werkgeversteam', 'consulent', 'beheer')
  @ApiOperation({ summary: 'Skills and SROI target groups, each as { waarde, tekst }' })
  @ApiOkResponse({ description: '{ skills: [{ waarde, tekst }], sroiDoelgroepen: [{ waarde, tekst }] }' })
  async get() {
    const skills = (await laadVocabulaire(this.db)).skills.map((s) => ({ waarde: s.code, tekst: s.label }));
    return {
      skills,
      sroiDoelgroepen: Object.entries(SROI_DOELGROEP_LABELS).map(([waarde, tekst]) => ({ waarde, tekst })),
    };
  }
}
