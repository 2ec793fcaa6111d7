import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema } from '@wiz/contracts';
import { CurrentPrincipal, Idempotent, Principal, Roles } from '@wiz/platform';
import { urenPerWeek } from '../../domain/uren-per-week';
import { WijzigUren } from './wijzig-uren.service';

class UrenWijziging extends createZodDto(z.object({ urenPerWeek, ingangsdatum: IsoDateSchema }).strict()) {}

@ApiTags('plaatsingen')
@Controller('plaatsingen')
export class WijzigUrenController {
  constructor(private readonly wijzigUren: WijzigUren) {}

  @Post(':id/uren')
  @Roles('werkgeversteam', 'beheer')
  @Idempotent()
  @ApiOperation({ summary: 'Change the hours of a running placement from a date; publishes plaatsing-uren-gewijzigd' })
  @ApiCreatedResponse({ description: '{ id, plaatsingId, vorigeUrenPerWeek, urenPerWeek, ingangsdatum }' })
  wijzig(
    @Param('id', new ParseUUIDPipe()) plaatsingId: string,
    @Body() w: UrenWijziging,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.wijzigUren.execute(plaatsingId, w, wie);
  }
}
