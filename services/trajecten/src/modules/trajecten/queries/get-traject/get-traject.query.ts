import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { activiteitenVan, overgangenVan, TRAJECT_KOLOMMEN, trajectView, werkurenVan } from '../traject.view';

/** One traject with its steps, step changes, activities and working hours, and the organisation that decides who may see it. */
@Injectable()
export class TrajectQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async een(id: string) {
    const [t] = await this.dataSource.query(`SELECT ${TRAJECT_KOLOMMEN} FROM trajecten t WHERE t.id = $1`, [id]);
    if (!t) return undefined;
    const m = this.dataSource.manager;
    const traject = {
      ...trajectView(t, await activiteitenVan(m, id)),
      overgangen: await overgangenVan(m, id),
      werkuren: await werkurenVan(m, id),
    };
    return { organisatie: t.organisatie as string, traject };
  }
}
