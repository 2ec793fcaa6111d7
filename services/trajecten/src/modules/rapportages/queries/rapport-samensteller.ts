import { Inject, Injectable } from '@nestjs/common';
import { MONITOR_CIJFERS, type MonitorCijfersPort } from '../../monitor/monitor.port';
import { DEFINITIES } from '../../monitor/domain/definities';
import { stelRapportSamen, type Rapport } from '../domain/rapport';
import { leesPeriode } from '../domain/rapportperiode';

/** The report as the monitor's figures give it now: the preview, and what publishing freezes. */
@Injectable()
export class RapportSamensteller {
  constructor(@Inject(MONITOR_CIJFERS) private readonly monitor: MonitorCijfersPort) {}

  async stelSamen(periodeCode: string, gemeentecode: string | undefined): Promise<Rapport> {
    const periode = leesPeriode(periodeCode);
    const cijfers = await this.monitor.cijfers({ van: periode.van, tot: periode.tot, gemeentecode });
    return stelRapportSamen(periode, cijfers, DEFINITIES);
  }
}
