import { Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { kalenderdag } from '@wiz/contracts';
import type { Principal } from '@wiz/platform';
import { EigenInzage } from '../../eigen-inzage';
import { MijnDossier } from '../../database/mijn-dossier';
import { resultaten, type Resultaat } from '../../domain/resultaat';

/** The caller's results: completed courses, praktijkverklaringen and started placements, newest first. */
@Injectable()
export class MijnResultatenQuery {
  constructor(
    private readonly inzage: EigenInzage,
    private readonly dossier: MijnDossier,
  ) {}

  lees(wie: Principal): Promise<{ items: Resultaat[] }> {
    return this.inzage.lees(wie, 'mijn-resultaten-inzien', { soort: 'resultaten' }, async (m, inwonerId) => ({
      items: await this.alle(m, inwonerId),
    }));
  }

  async alle(m: EntityManager, inwonerId: string): Promise<Resultaat[]> {
    const trajecten = (await this.dossier.trajecten(m, inwonerId)).map((t) => t.id);
    const activiteiten = await this.dossier.activiteiten(m, trajecten);
    const plaatsingen = await this.dossier.plaatsingen(m, trajecten);
    // Today in the region's calendar: a placement starting today counts from this morning, Dutch time.
    return resultaten(activiteiten, plaatsingen, kalenderdag(new Date()));
  }

  /** One of the caller's own results; any other id (someone else's, unknown, erased) is the same 404. */
  async een(m: EntityManager, inwonerId: string, resultaatId: string): Promise<Resultaat> {
    const r = (await this.alle(m, inwonerId)).find((x) => x.id === resultaatId);
    if (!r) throw new NotFoundException('You have no result with this id.');
    return r;
  }
}
