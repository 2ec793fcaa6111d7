import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Stap } from '@wiz/contracts';
import { Gebeurtenis, isStapVooruit, toegerekendeStap } from '../domain/stap-vooruit';

/** Channel on which the monitor's counters announce a change. */
export const MONITOR_NOTIFY_CHANNEL = 'wiz_monitor';

export type Metriek = 'gestart' | 'vooruit' | `vooruit:${Stap}` | 'kansrijk-opleiden' | 'plaatsing' | 'duurzame-plaatsing';

export interface Context {
  inwonerId: string;
  gemeentecode: string;
  huidigeStap: Stap;
  op: Date;
}

/**
 * The read model of "20.000 inwoners een stap vooruit", written in the same transaction as the change it counts
 * (so it is exact, and a redelivered event that the inbox skips is not counted twice). An inwoner enters
 * monitor_vooruit once, at their first step forward; per-day counters make every monitor query a small sum.
 */
@Injectable()
export class MonitorProjectie {
  async registreer(manager: EntityManager, g: Gebeurtenis, c: Context): Promise<void> {
    if (!isStapVooruit(g)) return;
    const stap = toegerekendeStap(g, c.huidigeStap);
    const dag = c.op.toISOString().slice(0, 10);
    const eerste: unknown[] = await manager.query(
      `INSERT INTO monitor_vooruit (inwoner_id, dag, gemeentecode, stap, via) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (inwoner_id) DO NOTHING RETURNING inwoner_id`,
      [c.inwonerId, dag, c.gemeentecode, stap, g.soort],
    );
    if (eerste.length === 0) return; // counted before: distinct inwoners, not events
    await this.tel(manager, 'vooruit', c.op, c.gemeentecode);
    await this.tel(manager, `vooruit:${stap}`, c.op, c.gemeentecode);
  }

  /** One more of `metriek` on that day, in the daily and the monthly counters. */
  async tel(manager: EntityManager, metriek: Metriek, op: Date, gemeentecode: string): Promise<void> {
    const dag = op.toISOString().slice(0, 10);
    await manager.query(
      `INSERT INTO monitor_tellingen (metriek, dag, gemeentecode, aantal) VALUES ($1, $2, $3, 1)
       ON CONFLICT (metriek, dag, gemeentecode) DO UPDATE SET aantal = monitor_tellingen.aantal + 1`,
      [metriek, dag, gemeentecode],
    );
    // The NOTIFY is delivered at commit, once per transaction (PostgreSQL folds equal ones), to every instance's
    // dashboard stream; it rides on the counter's statement, so it costs no round trip.
    await manager.query(
      `WITH geteld AS (
         INSERT INTO monitor_maandtellingen (metriek, maand, gemeentecode, aantal) VALUES ($1, date_trunc('month', $2::date), $3, 1)
         ON CONFLICT (metriek, maand, gemeentecode) DO UPDATE SET aantal = monitor_maandtellingen.aantal + 1)
       SELECT pg_notify($4, '')`,
      [metriek, dag, gemeentecode, MONITOR_NOTIFY_CHANNEL],
    );
  }
}
