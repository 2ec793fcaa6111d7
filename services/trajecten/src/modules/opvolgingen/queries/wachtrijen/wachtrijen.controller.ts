import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Operation, Roles } from '@wiz/platform';
import { WachtrijenQuery } from './wachtrijen.query';
import { Wachtrijen } from './wachtrijen.response';

/**
 * Queue visibility for beheer (in place of Bull Board, whose UI cannot carry a bearer token): the BullMQ counts
 * beside the plan in PostgreSQL, so a gap between them (Redis lost jobs; the reconciler will restore) shows.
 */
@ApiTags('beheer')
@Controller('wachtrijen')
export class WachtrijenController {
  constructor(private readonly wachtrijen: WachtrijenQuery) {}

  @Get()
  @Roles('beheer')
  @Operation({
    id: 'listWachtrijen',
    summary: 'Follow-up queue: BullMQ job counts and the planned follow-ups in PostgreSQL',
    status: 200,
    response: Wachtrijen,
  })
  list() {
    return this.wachtrijen.lijst();
  }
}
