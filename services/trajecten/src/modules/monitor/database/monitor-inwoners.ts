import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MonitorProjectie } from './monitor-projectie';
import type { MonitorInwonersPort } from '../monitor.port';

/**
 * What a merge or a move does to the monitor's per-person rows. The counters follow through herbereken, in the
 * same transaction, so the live figures are right at once; published reports are stored and never change.
 */
@Injectable()
export class MonitorInwoners implements MonitorInwonersPort {
  constructor(private readonly projectie: MonitorProjectie) {}

  /**
   * Two records are one person: their facts, activities and placements become the behouden one's, and the person
   * counts once, on the earliest step forward of either record, for every period (also before the merge).
   */
  async voegSamen(m: EntityManager, vervallen: string, behouden: string): Promise<void> {
    for (const tabel of ['monitor_feiten', 'monitor_activiteiten', 'monitor_plaatsingen', 'monitor_verhuizingen'])
      await m.query(`UPDATE ${tabel} SET inwoner_id = $2 WHERE inwoner_id = $1`, [vervallen, behouden]);
    // Like a second aanmelding of the same person: the behouden record keeps every doelgroep either had.
    await m.query(
      `INSERT INTO monitor_inwoners (inwoner_id, doelgroepen)
       SELECT $2, doelgroepen FROM monitor_inwoners WHERE inwoner_id = $1
       ON CONFLICT (inwoner_id) DO UPDATE SET doelgroepen = ARRAY(SELECT DISTINCT unnest(monitor_inwoners.doelgroepen || excluded.doelgroepen) ORDER BY 1)`,
      [vervallen, behouden],
    );
    await m.query('DELETE FROM monitor_inwoners WHERE inwoner_id = $1', [vervallen]);
    await this.projectie.herbereken(m, vervallen);
    await this.projectie.herbereken(m, behouden);
  }

  /** One fresh id for all the person's rows: distinct persons stay distinct, so no counter moves. */
  async anonimiseer(m: EntityManager, inwonerId: string, anoniem: string): Promise<void> {
    for (const tabel of [
      'monitor_feiten',
      'monitor_vooruit',
      'monitor_activiteiten',
      'monitor_plaatsingen',
      'monitor_inwoners',
      'monitor_verhuizingen',
    ])
      await m.query(`UPDATE ${tabel} SET inwoner_id = $2 WHERE inwoner_id = $1`, [inwonerId, anoniem]);
  }

  /**
   * Steps forward on or after `vanaf` (YYYY-MM-DD) count for the new gemeente; earlier ones stay where they were. The
   * move is kept (monitor_verhuizingen), so a fact dated before it that arrives later counts where the person lived
   * on its day (registreerAlle), not where they live when it arrives.
   */
  async verhuisd(m: EntityManager, inwonerId: string, v: { van: string; naar: string; vanaf: string }): Promise<void> {
    await m.query('INSERT INTO monitor_verhuizingen (inwoner_id, vanaf, van, naar) VALUES ($1, $2, $3, $4)', [
      inwonerId,
      v.vanaf,
      v.van,
      v.naar,
    ]);
    await m.query('UPDATE monitor_feiten SET gemeentecode = $2 WHERE inwoner_id = $1 AND dag >= $3', [
      inwonerId,
      v.naar,
      v.vanaf,
    ]);
    await this.projectie.herbereken(m, inwonerId);
  }
}
