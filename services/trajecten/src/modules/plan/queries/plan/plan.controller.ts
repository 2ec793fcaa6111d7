import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { PlanQuery } from './plan.query';
import { TrajectPlan } from './plan.response';

@ApiTags('plan')
@Controller('trajecten')
export class PlanController {
  constructor(private readonly plan: PlanQuery) {}

  @Get(':id/plan')
  @Roles('consulent', 'teamleider', 'beheer')
  @Operation({
    id: 'getPlan',
    summary:
      "The traject's plan: goals with their actions and statuses, progress and the agreement; the read is audited",
    status: 200,
    response: TrajectPlan,
    errors: { 404: 'No traject with this id that the caller holds, is in the team of, or stands in for.' },
  })
  lees(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    return this.plan.lees(id, wie);
  }
}
