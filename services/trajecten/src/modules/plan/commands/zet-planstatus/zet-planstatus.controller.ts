import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { PLAN_STATUSSEN } from '../../domain/plan';
import { PlanOnderdeel } from '../plan-onderdeel.response';
import { ZetPlanstatus } from './zet-planstatus.service';

class PlanStatusRequest extends createZodDto(z.object({ status: z.enum(PLAN_STATUSSEN) }).strict()) {}

const NIET_GEVONDEN = 'No such goal or action in a traject the caller holds, is in the team of, or stands in for.';

@ApiTags('plan')
@Controller('trajecten')
export class ZetPlanstatusController {
  constructor(private readonly useCase: ZetPlanstatus) {}

  @Post(':id/plan/doelen/:doelId/status')
  @Roles('consulent', 'teamleider', 'beheer')
  @Operation({
    id: 'zetPlandoelStatus',
    summary: 'Set the status of a goal of the plan (open, bezig, behaald, vervallen)',
    status: 200,
    response: PlanOnderdeel,
    errors: { 404: NIET_GEVONDEN, 409: 'The traject is closed.' },
  })
  vanDoel(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('doelId', new ParseUUIDPipe()) doelId: string,
    @Body() body: PlanStatusRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.useCase.vanDoel(id, doelId, body.status, wie);
  }

  @Post(':id/plan/doelen/:doelId/acties/:actieId/status')
  @Roles('consulent', 'teamleider', 'beheer')
  @Operation({
    id: 'zetPlanactieStatus',
    summary: 'Set the status of an action of the plan (open, bezig, behaald, vervallen)',
    status: 200,
    response: PlanOnderdeel,
    errors: { 404: NIET_GEVONDEN, 409: 'The traject is closed.' },
  })
  vanActie(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('doelId', new ParseUUIDPipe()) doelId: string,
    @Param('actieId', new ParseUUIDPipe()) actieId: string,
    @Body() body: PlanStatusRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.useCase.vanActie(id, { doelId, actieId }, body.status, wie);
  }
}
