import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { paginering } from '@wiz/contracts';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { MogelijkeDubbelenPagina } from './mogelijke-dubbelen.response';
import { MogelijkeDubbelen } from './mogelijke-dubbelen.query';

class Pagina extends createZodDto(z.object(paginering(200)).strict()) {}

@ApiTags('inwoners')
@Controller('mogelijke-dubbelen')
export class MogelijkeDubbelenController {
  constructor(private readonly dubbelen: MogelijkeDubbelen) {}

  @Get()
  @Roles('frontoffice', 'beheer')
  @Operation({
    id: 'listMogelijkeDubbelen',
    summary: 'Likely duplicate inwoners (same surname, birth date and postcode) to check',
    status: 200,
    response: MogelijkeDubbelenPagina,
  })
  list(@Query() vraag: Pagina, @CurrentPrincipal() wie: Principal) {
    return this.dubbelen.pagina(vraag, wie);
  }
}
