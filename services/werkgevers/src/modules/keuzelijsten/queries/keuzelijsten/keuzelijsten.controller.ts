import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@wiz/platform';
import { Keuzelijsten } from './keuzelijsten.query';

@ApiTags('keuzelijsten')
@Controller('keuzelijsten')
export class KeuzelijstenController {
  constructor(private readonly keuzelijsten: Keuzelijsten) {}

  @Get()
  @Roles('werkgeversteam', 'consulent', 'beheer')
  @ApiOperation({ summary: 'Skills and SROI target groups, each as { waarde, tekst }' })
  @ApiOkResponse({ description: '{ skills: [{ waarde, tekst }], sroiDoelgroepen: [{ waarde, tekst }] }' })
  get() {
    return this.keuzelijsten.lijsten();
  }
}
