import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@wiz/platform';
import { SKILL_LABELS } from '../matching/domain';
import { SROI_DOELGROEP_LABELS } from '../sroi/domain';

const alsKeuzes = (labels: Readonly<Record<string, string>>) => Object.entries(labels).map(([waarde, tekst]) => ({ waarde, tekst }));

/**
 * The controlled lists of this service with their Dutch labels, so a screen offers exactly the values the API
 * accepts and no client keeps its own copy of them.
 */
@ApiTags('keuzelijsten')
@Controller('keuzelijsten')
export class KeuzelijstenController {
  @Get()
  @Roles('werkgeversteam', 'consulent', 'beheer')
  @ApiOperation({ summary: 'Skills and SROI target groups, each as { waarde, tekst }' })
  @ApiOkResponse({ description: '{ skills: [{ waarde, tekst }], sroiDoelgroepen: [{ waarde, tekst }] }' })
  get() {
    return { skills: alsKeuzes(SKILL_LABELS), sroiDoelgroepen: alsKeuzes(SROI_DOELGROEP_LABELS) };
  }
}
