import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { MijnVacatures } from './mijn-vacatures.response';
import { MijnVacaturesLijst } from './mijn-vacatures.query';

@ApiTags('mijn')
@Controller('mijn')
export class MijnVacaturesController {
  constructor(private readonly lijst: MijnVacaturesLijst) {}

  @Get('vacatures')
  @Roles('inwoner')
  @Operation({
    id: 'mijnVacatures',
    summary: 'The open vacancies whose candidate list you are on, to share your profile with one of them',
    status: 200,
    response: MijnVacatures,
  })
  mijnVacatures(@CurrentPrincipal() wie: Principal) {
    return this.lijst.execute(wie);
  }
}
