import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { VervangingGeregeldData } from '@wiz/contracts';
import { type CombinedWrite, VANDAAG_SQL } from '@wiz/platform';
import type { Begeleider, Toewijzing } from '../domain/toewijzing';
import type { Trajecthouders } from '../trajecthouders.port';

/** traject_toewijzingen (per traject the assignment with the highest versie), traject_aanmeldingen, traject_vervangingen. */
@Injectable()
export class ToewijzingRepository implements Trajecthouders {
  /**
   * Keeps the assignment unless a newer one is stored: events of one traject may arrive late or twice (several
   * instances, redelivery, a rewind after a NATS disturbance), and the traject's versie orders them. An inwoner
   * merged away is stored as the one kept. A part of the caller's statement, written only when the part `na` has a row.
   */
  bewaarMee(write: CombinedWrite, t: Toewijzing, na: string): void {
    const p = (waarde: unknown) => write.param(waarde);
    write.with(
      'toewijzing',
      `INSERT INTO traject_toewijzingen (traject_id, inwoner_id, organisatie, team, consulent, versie, toegewezen_op)
       SELECT ${p(t.trajectId)}::uuid,
              COALESCE((SELECT behouden_id FROM traject_inwoner_samenvoegingen WHERE vervallen_id = ${p(t.inwonerId)}::uuid),
                       ${p(t.inwonerId)}::uuid),
              ${p(t.organisatie)}::text, ${p(t.team)}::text, ${p(t.consulent)}::text, ${p(t.versie)}::int, ${p(t.toegewezenOp)}::timestamptz
        WHERE EXISTS (SELECT 1 FROM ${na})
       ON CONFLICT (traject_id) DO UPDATE
          SET organisatie = EXCLUDED.organisatie, team = EXCLUDED.team, consulent = EXCLUDED.consulent,
              versie = EXCLUDED.versie, toegewezen_op = EXCLUDED.toegewezen_op
        WHERE traject_toewijzingen.versie < EXCLUDED.versie`,
    );
  }

  /** Which aanmelding a traject came from; it never changes, so a redelivery changes nothing. As `bewaarMee`. */
  bewaarHerkomstMee(write: CombinedWrite, trajectId: string, aanmeldingId: string, na: string): void {
    write.with(
      'herkomst',
      `INSERT INTO traject_aanmeldingen (traject_id, aanmelding_id)
       SELECT ${write.param(trajectId)}::uuid, ${write.param(aanmeldingId)}::uuid WHERE EXISTS (SELECT 1 FROM ${na})
       ON CONFLICT (traject_id) DO NOTHING`,
    );
  }

  /** A stand-in; it never changes, so a redelivery changes nothing. As `bewaarMee`. */
  bewaarVervangingMee(write: CombinedWrite, v: VervangingGeregeldData, na: string): void {
    const p = (waarde: unknown) => write.param(waarde);
    write.with(
      'vervanging',
      `INSERT INTO traject_vervangingen (id, organisatie, vervanger, voor, van, tot)
       SELECT ${p(v.vervangingId)}::uuid, ${p(v.organisatie)}::text, ${p(v.vervanger)}::text, ${p(v.voor)}::text,
              ${p(v.van)}::date, ${p(v.tot)}::date
        WHERE EXISTS (SELECT 1 FROM ${na})
       ON CONFLICT (id) DO NOTHING`,
    );
  }

  async begeleideAanmeldingen(m: EntityManager, inwonerId: string, wie: Begeleider): Promise<string[]> {
    // A caller without a team matches no team (NULL = NULL is not true), only trajecten assigned to them, and those
    // of a consulent they stand in for today (trajecten's rule for the journal and plan, TrajectToegang).
    const rows: { aanmelding_id: string }[] = await m.query(
      `SELECT DISTINCT h.aanmelding_id
         FROM traject_toewijzingen t JOIN traject_aanmeldingen h ON h.traject_id = t.traject_id
        WHERE t.inwoner_id = $1 AND t.organisatie = $2
          AND (t.consulent = $3 OR t.team = $4
               OR EXISTS (SELECT 1 FROM traject_vervangingen v
                           WHERE v.vervanger = $3 AND v.organisatie = t.organisatie AND v.voor = t.consulent
                             AND ${VANDAAG_SQL} BETWEEN v.van AND v.tot))`,
      [inwonerId, wie.organisatie, wie.subject, wie.team ?? null],
    );
    return rows.map((r) => r.aanmelding_id);
  }

  async volgSamenvoeging(m: EntityManager, vervallenId: string, behoudenId: string): Promise<void> {
    await m.query('UPDATE traject_inwoner_samenvoegingen SET behouden_id = $2 WHERE behouden_id = $1', [
      vervallenId,
      behoudenId,
    ]);
    await m.query(
      'INSERT INTO traject_inwoner_samenvoegingen (vervallen_id, behouden_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [vervallenId, behoudenId],
    );
    await m.query('UPDATE traject_toewijzingen SET inwoner_id = $2 WHERE inwoner_id = $1', [vervallenId, behoudenId]);
  }
}
