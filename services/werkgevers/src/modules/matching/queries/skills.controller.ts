import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Roles } from '@wiz/platform';
import { laadVocabulaire } from '../database/skill-vocabulaire';

/** The skills vocabulary with every synonym, for beheer to maintain (screens get codes and labels from keuzelijsten). */
@ApiTags('skills')
@Controller('skills')
export class SkillsController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  @Roles('beheer')
  @ApiOperation({ summary: 'The skills vocabulary: codes, labels and synonyms (beheer)' })
  @ApiOkResponse({ description: '{ items: [{ code, label, synoniemen }] }' })
  async list() {
    return { items: (await laadVocabulaire(this.db)).skills };
  }
}
