import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, maySee, Operation, Principal, Roles } from '@wiz/platform';
import { OPVOLGING_SOORTEN, OPVOLGING_STATUSSEN } from '../../domain/opvolging';
import { Opvolging, Opvolgingen } from '../opvolging.response';
import { OpvolgingenQuery } from './opvolgingen.query';

class OpvolgingenVraag extends createZodDto(
  z
    .object({
      soort: z.enum(OPVOLGING_SOORTEN).optional(),
      status: z.enum(OPVOLGING_STATUSSEN).optional(),
      trajectId: z.uuid().optional(),
    })
    .strict(),
) {}

@ApiTags('opvolgingen')
@Controller('opvolgingen')
export class OpvolgingenController {
  constructor(private readonly opvolgingen: OpvolgingenQuery) {}

  @Get()
  @Roles('consulent', 'teamleider', 'beheer')
  @Operation({
    id: 'listOpvolgingen',
    summary: "Follow-ups of the organisation's trajecten, earliest due first",
    status: 200,
    response: Opvolgingen,
  })
  async list(@Query() vraag: OpvolgingenVraag, @CurrentPrincipal() wie: Principal) {
    return this.opvolgingen.lijst({ ...vraag, alles: wie.roles.includes('beheer'), organisatie: wie.organisatie });
  }

  /** One follow-up, for the duurzaamheidscheck form; 404 when its traject belongs to an organisation the caller may not see. */
  @Get(':id')
  @Roles('consulent', 'teamleider', 'beheer')
  @Operation({
    id: 'getOpvolging',
    summary: 'One follow-up with its outcome, if recorded',
    status: 200,
    response: Opvolging,
    errors: { 404: 'No follow-up with this id that the caller may see.' },
  })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    const r = await this.opvolgingen.een(id);
    if (!r || !maySee(wie, [r.organisatie])) throw new NotFoundException(`Opvolging ${id} not found.`);
    return r.opvolging;
  }
}
