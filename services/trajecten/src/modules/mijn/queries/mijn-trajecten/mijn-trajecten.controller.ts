import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { MijnTrajectenQuery } from './mijn-trajecten.query';
import { MijnTrajecten } from './mijn-trajecten.response';

@ApiTags('mijn')
@Controller('mijn/trajecten')
export class MijnTrajectenController {
  constructor(private readonly trajecten: MijnTrajectenQuery) {}

  @Get()
  @Roles('inwoner')
  @Operation({
    id: 'getMijnTrajecten',
    summary:
      'My trajecten: steps, plan goals, activities and my next appointments (the person is the one logged in); audited',
    status: 200,
    response: MijnTrajecten,
  })
  lees(@CurrentPrincipal() wie: Principal): Promise<MijnTrajecten> {
    return this.trajecten.lees(wie);
  }
}
