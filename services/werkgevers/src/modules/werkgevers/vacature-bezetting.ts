import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { WerkgeverRepository } from './database/werkgever-repository';
import { plaatsingOpVacatureFout, statusNaPlaatsing } from './domain/vacature-status';
import type { Vacaturebezetting } from './vacaturebezetting.port';

/** The vacancy's side of a placement: its status rules decide, its repository stores. */
@Injectable()
export class VacatureBezetting implements Vacaturebezetting {
  constructor(private readonly werkgevers: WerkgeverRepository) {}

  async eisPlaatsbaar(m: EntityManager, vacatureId: string): Promise<void> {
    const v = await this.werkgevers.vacatureVoorWijziging(m, vacatureId);
    const fout = v && plaatsingOpVacatureFout(v.status);
    if (fout) throw fout;
  }

  async naPlaatsing(m: EntityManager, vacatureId: string): Promise<void> {
    const v = await this.werkgevers.vacatureVoorWijziging(m, vacatureId);
    if (!v) return;
    const status = statusNaPlaatsing(v);
    if (status !== v.status) await this.werkgevers.zetVacatureStatus(m, vacatureId, status, null);
  }
}
