import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { VACATURE_STATUSSEN } from '../../domain/vacature-status';
import { WijzigVacatureStatus } from './wijzig-vacature-status.service';
import { VacatureStatusWijziging } from './wijzig-vacature-status.response';

class StatusWijziging extends createZodDto(
  z.object({ status: z.enum(VACATURE_STATUSSEN), reden: z.string().trim().min(1).max(500).optional() }).strict(),
) {}

@ApiTags('werkgevers')
@Controller('vacatures')
export class WijzigVacatureStatusController {
  constructor(private readonly wijzigStatus: WijzigVacatureStatus) {}

  @Post(':id/status')
  @HttpCode(200)
  @Roles('werkgeversteam', 'beheer')
  @Operation({
    id: 'wijzigVacatureStatus',
    summary:
      'Set a vacancy open, vervuld or ingetrokken, with an optional reason (audited); ingetrokken refuses placements',
    status: 200,
    response: VacatureStatusWijziging,
    errors: {
      404: 'No vacancy with this id that the caller may see.',
      409: 'The vacancy has this status already.',
    },
  })
  wijzig(@Param('id', new ParseUUIDPipe()) id: string, @Body() w: StatusWijziging, @CurrentPrincipal() wie: Principal) {
    return this.wijzigStatus.execute(id, w, wie);
  }
}
