import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { TelefoonSchema } from '@wiz/contracts';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { VoegContactpersoonToe } from './voeg-contactpersoon-toe.service';
import { ContactpersoonToegevoegd } from './voeg-contactpersoon-toe.response';

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
  @Operation({
    id: 'voegContactpersoonToe',
    summary: 'Add a contact person at the employer',
    status: 201,
    response: ContactpersoonToegevoegd,
    errors: { 404: 'No employer with this id that the caller may see.' },
  })
  voegToe(
    @Param('id', new ParseUUIDPipe()) werkgeverId: string,
    @Body() c: NieuweContactpersoon,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.voegContactpersoonToe.execute(werkgeverId, c, wie);
  }
}
