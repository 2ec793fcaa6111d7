import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { BeslisOverdracht } from './beslis-overdracht.service';
import { OverdrachtBesloten } from './overdracht.response';

class AfwijzingRequest extends createZodDto(z.object({ reden: z.string().trim().min(1).max(2_000) }).strict()) {}

const FOUTEN = {
  404: 'No handover with this id to the caller’s organisation.',
  409: 'The handover was answered already, or the traject is closed.',
};

/** The receiving organisation accepts or declines a proposed handover. */
@ApiTags('trajecten')
@Controller('overdrachten')
export class BeslisOverdrachtController {
  constructor(private readonly useCase: BeslisOverdracht) {}

  @Post(':id/acceptatie')
  @Roles('consulent', 'teamleider', 'beheer')
  @Operation({
    id: 'accepteerOverdracht',
    summary: 'Accept a handover: the traject moves to the caller’s organisation and its assignment rule',
    status: 200,
    response: OverdrachtBesloten,
    errors: FOUTEN,
  })
  accepteer(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    return this.useCase.accepteer(id, wie);
  }

  @Post(':id/afwijzing')
  @Roles('consulent', 'teamleider', 'beheer')
  @Operation({
    id: 'wijsOverdrachtAf',
    summary: 'Decline a handover, with the reason; the traject stays where it is',
    status: 200,
    response: OverdrachtBesloten,
    errors: FOUTEN,
  })
  wijsAf(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AfwijzingRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.useCase.wijsAf(id, body.reden, wie);
  }
}
