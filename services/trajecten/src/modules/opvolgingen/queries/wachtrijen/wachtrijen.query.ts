import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OpvolgingWachtrij } from '../../jobs/opvolging-wachtrij';

/** The follow-up queue's BullMQ counts beside the plan in PostgreSQL, so a gap between them shows. */
@Injectable()
export class WachtrijenQuery {
  constructor(
    private readonly wachtrij: OpvolgingWachtrij,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async lijst() {
    const redis = await this.wachtrij.queue.getJobCounts('waiting', 'delayed', 'active', 'completed', 'failed');
    const [{ gepland }] = await this.dataSource.query(
      `SELECT count(*)::int AS gepland FROM opvolgingen WHERE status = 'gepland'`,
    );
    return { items: [{ naam: this.wachtrij.queue.name, redis, gepland }] };
  }
}
