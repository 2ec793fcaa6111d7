import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  EventData,
  EventEnvelope,
  StapGezet,
  ToestemmingGewijzigd,
  TrajectAfgesloten,
  TrajectGestart,
} from '@wiz/contracts';
import { EarlierEventMissing, OnEvent } from '@wiz/platform';

export class TrajectNogOnbekend extends EarlierEventMissing {}

/**
 * Werkgevers' own view of who is ready to match, built from traject and consent events. Events about one traject
 * may arrive out of order (several instances, redelivery): a step change applies only when its version is newer
 * than what is stored, and a consent change only when it is newer than the stored one.
 */
@Injectable()
export class KandidaatProjectie {
  @OnEvent(TrajectGestart)
  async gestart(e: EventEnvelope<EventData<typeof TrajectGestart>>, m: EntityManager): Promise<void> {
    const d = e.data;
    await m.query(
      `INSERT INTO kandidaten (traject_id, inwoner_id, organisatie, gemeentecode, stap, status, versie) VALUES ($1, $2, $3, $4, $5, 'actief', 1)
       ON CONFLICT (traject_id) DO NOTHING`,
      [d.trajectId, d.inwonerId, d.organisatie, d.gemeentecode, d.stap],
    );
  }

  @OnEvent(StapGezet)
  async stapGezet(e: EventEnvelope<EventData<typeof StapGezet>>, m: EntityManager): Promise<void> {
    const versie = await this.huidigeVersie(m, e.data.trajectId);
    if (versie < e.data.versie)
      await m.query('UPDATE kandidaten SET stap = $2, versie = $3 WHERE traject_id = $1', [
        e.data.trajectId,
        e.data.naar,
        e.data.versie,
      ]);
  }

  @OnEvent(TrajectAfgesloten)
  async afgesloten(e: EventEnvelope<EventData<typeof TrajectAfgesloten>>, m: EntityManager): Promise<void> {
    await this.huidigeVersie(m, e.data.trajectId);
    await m.query(`UPDATE kandidaten SET status = 'afgesloten' WHERE traject_id = $1`, [e.data.trajectId]);
  }

  /** Events of different types can overtake each other: until traject-gestart arrived, wait (then dead-letter). */
  private async huidigeVersie(m: EntityManager, trajectId: string): Promise<number> {
    const [row] = await m.query('SELECT versie FROM kandidaten WHERE traject_id = $1 FOR UPDATE', [trajectId]);
    if (!row) throw new TrajectNogOnbekend(`traject ${trajectId} not known here yet`);
    return row.versie;
  }

  @OnEvent(ToestemmingGewijzigd)
  async toestemming(e: EventEnvelope<EventData<typeof ToestemmingGewijzigd>>, m: EntityManager): Promise<void> {
    if (e.data.doel !== 'profiel-delen-met-werkgevers') return;
    await m.query(
      `INSERT INTO toestemmingen (inwoner_id, gegeven, gewijzigd_op) VALUES ($1, $2, $3)
       ON CONFLICT (inwoner_id) DO UPDATE SET gegeven = excluded.gegeven, gewijzigd_op = excluded.gewijzigd_op
       WHERE toestemmingen.gewijzigd_op < excluded.gewijzigd_op`,
      [e.data.inwonerId, e.data.gegeven, e.data.gewijzigdOp],
    );
  }
}
