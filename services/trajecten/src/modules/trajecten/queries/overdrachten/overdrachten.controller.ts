import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  CurrentPrincipal,
  listedOrganisation,
  maySee,
  Operation,
  Principal,
  Roles,
  seesOrganisation,
} from '@wiz/platform';
import { OVERDRACHT_STATUSSEN } from '../../domain/overdracht';
import { OverdrachtenQuery } from './overdrachten.query';
import { Overdrachten } from './overdrachten.response';

class OverdrachtenVraag extends createZodDto(z.object({ status: z.enum(OVERDRACHT_STATUSSEN).optional() }).strict()) {}

/** Handovers: those to the caller's organisation, and one traject's history for both sides. */
@ApiTags('trajecten')
@Controller()
export class OverdrachtenController {
  constructor(private readonly overdrachten: OverdrachtenQuery) {}

  @Get('overdrachten')
  @Roles('consulent', 'teamleider', 'beheer')
  @Operation({
    id: 'listOverdrachten',
    summary: "Handovers to the caller's organisation (beheer: all), oldest first",
    status: 200,
    response: Overdrachten,
  })
  aan(@Query() v: OverdrachtenVraag, @CurrentPrincipal() wie: Principal) {
    return this.overdrachten.aan(listedOrganisation(wie, 'owners'), v.status, seesOrganisation(wie));
  }

  @Get('trajecten/:id/overdrachten')
  @Roles('consulent', 'teamleider', 'beheer')
  @Operation({
    id: 'listTrajectOverdrachten',
    summary: "A traject's handover history, for the organisation that holds it and each one a handover involved",
    status: 200,
    response: Overdrachten,
    errors: { 404: 'No traject with this id whose handovers the caller may see.' },
  })
  async vanTraject(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    const h = await this.overdrachten.vanTraject(id, seesOrganisation(wie));
    if (!h || !maySee(wie, h.betrokkenen)) throw new NotFoundException(`Traject ${id} not found.`);
    return h.overdrachten;
  }
}
