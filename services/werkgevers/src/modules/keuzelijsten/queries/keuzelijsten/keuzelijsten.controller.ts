import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Operation, Roles } from '@wiz/platform';
import { Keuzelijsten } from './keuzelijsten.query';
import { WerkgeversKeuzelijsten } from './keuzelijsten.response';

@ApiTags('keuzelijsten')
@Controller('keuzelijsten')
export class KeuzelijstenController {
  constructor(private readonly keuzelijsten: Keuzelijsten) {}

  @Get()
  @Roles('werkgeversteam', 'consulent', 'beheer')
  @Operation({
    id: 'getKeuzelijsten',
    summary: 'Skills and SROI target groups, each as { waarde, tekst }',
    status: 200,
    response: WerkgeversKeuzelijsten,
  })
  get() {
    return this.keuzelijsten.lijsten();
  }
}
