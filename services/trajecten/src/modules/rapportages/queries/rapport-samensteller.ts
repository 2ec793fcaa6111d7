import { Injectable } from '@nestjs/common';
import { MonitorCijfersQuery } from '../../monitor/queries/monitor-cijfers.query';
import { DEFINITIES } from '../../monitor/domain/definities';
import { stelRapportSamen, type Rapport } from '../domain/rapport';
import { leesPeriode } from '../domain/rapportperiode';

/** The report as the monitor's figures give it now: the preview, and what publishing freezes. */
@Injectable()
export class RapportSamensteller {
  constructor(private readonly monitor: MonitorCijfersQuery) {}

  async stelSamen(periodeCode: string, gemeentecode: string | undefined): Promise<Rapport> {
    const periode = leesPeriode(periodeCode);
    const cijfers = await this.monitor.cijfers({ van: periode.van, tot: periode.tot, gemeentecode });
    return stelRapportSamen(periode, cijfers, DEFINITIES);
  }
}
