import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { paginering } from '@wiz/contracts';
import { Operation, Roles } from '@wiz/platform';
import { ArrangementenLijst } from './arrangementen-lijst.query';
import { ArrangementenPagina } from './arrangementen-lijst.response';

class ArrangementenVraag extends createZodDto(z.object({ ...paginering() }).strict()) {}

@ApiTags('arrangementen')
@Controller('arrangementen')
export class ArrangementenLijstController {
  constructor(private readonly arrangementen: ArrangementenLijst) {}

  @Get()
  @Roles('werkgeversteam', 'beheer')
  @Operation({
    id: 'listArrangementen',
    summary: "The region's arrangements with their places and occupancy, the latest start first, paged",
    status: 200,
    response: ArrangementenPagina,
  })
  list(@Query() v: ArrangementenVraag) {
    return this.arrangementen.pagina(v);
  }
}
