import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { TelefoonSchema } from '@wiz/contracts';
import { CurrentPrincipal, Principal, Roles } from '@wiz/platform';
import { VoegContactpersoonToe } from './voeg-contactpersoon-toe.service';

class NieuweContactpersoon extends createZodDto(
  z
    .object({
      naam: z.string().trim().min(1).max(200),
      functie: z.string().max(200).optional(),
      email: z.email().optional(),
      telefoon: TelefoonSchema.optional(),
    })
    .strict(),
) {}

@ApiTags('werkgevers')
@Controller('werkgevers')
export class VoegContactpersoonToeController {
  constructor(private readonly voegContactpersoonToe: VoegContactpersoonToe) {}

  @Post(':id/contactpersonen')
  @Roles('werkgeversteam', 'beheer')
  @ApiOperation({ summary: 'Add a contact person at the employer' })
  @ApiCreatedResponse({ description: '{ id }' })
  voegToe(
    @Param('id', new ParseUUIDPipe()) werkgeverId: string,
    @Body() c: NieuweContactpersoon,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.voegContactpersoonToe.execute(werkgeverId, c, wie);
  }
}
