import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { MijnResultatenQuery } from './mijn-resultaten.query';
import { MijnResultaten } from './mijn-resultaten.response';

@ApiTags('mijn')
@Controller('mijn/resultaten')
export class MijnResultatenController {
  constructor(private readonly resultaten: MijnResultatenQuery) {}

  @Get()
  @Roles('inwoner')
  @Operation({
    id: 'getMijnResultaten',
    summary: 'My results: courses completed, praktijkverklaringen and jobs started, newest first; audited',
    status: 200,
    response: MijnResultaten,
  })
  lees(@CurrentPrincipal() wie: Principal): Promise<MijnResultaten> {
    return this.resultaten.lees(wie);
  }
}
