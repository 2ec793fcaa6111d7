import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Operation, Roles } from '@wiz/platform';
import { OpvolgingWachtrij } from '../database/opvolging-wachtrij';
import { Wachtrijen } from './wachtrijen.response';

/**
 * Queue visibility for beheer (in place of Bull Board, whose UI cannot carry a bearer token): the BullMQ counts
 * beside the plan in PostgreSQL, so a gap between them (Redis lost jobs; the reconciler will restore) shows.
 */
@ApiTags('beheer')
@Controller('wachtrijen')
export class WachtrijenController {
  constructor(
    private readonly wachtrij: OpvolgingWachtrij,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get()
  @Roles('beheer')
  @Operation({
    id: 'listWachtrijen',
    summary: 'Follow-up queue: BullMQ job counts and the planned follow-ups in PostgreSQL',
    status: 200,
    response: Wachtrijen,
  })
  async list() {
    const redis = await this.wachtrij.queue.getJobCounts('waiting', 'delayed', 'active', 'completed', 'failed');
    const [{ gepland }] = await this.dataSource.query(
      `SELECT count(*)::int AS gepland FROM opvolgingen WHERE status = 'gepland'`,
    );
    return { items: [{ naam: this.wachtrij.queue.name, redis, gepland }] };
  }
}
