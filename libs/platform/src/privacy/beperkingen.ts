import type { EntityManager, QueryRunner } from 'typeorm';
import type { Principal } from '../auth/principal';
import { problemException } from '../http/problem';

/**
 * Restriction of processing (AVG art. 18): while an inwoner's processing is restricted the data stays, but nobody
 * but the privacy role reads or changes it. Intake decides (a privacy officer's request) and publishes
 * `wiz.intake.verwerking-beperkt.v1`; every service keeps the newest state in its own `beperkingen` table:
 *
 *   migration:  await createBeperkingenTable(q);
 *   consumer:   @OnEvent(VerwerkingBeperkt) async pasToe(e, m) { await zetBeperking(m, e.data); }
 *   use case:   await assertNietBeperkt(m, inwonerId, principal);     // before reading or changing the person
 *   lists:      const beperkt = await beperkteInwoners(m, ids);       // leave those out (or show them as such)
 */
export interface BeperkingStand {
  inwonerId: string;
  verzoekId: string;
  beperkt: boolean;
  /** When the privacy officer set or lifted it: an older event arriving late changes nothing. */
  gewijzigdOp: string | Date;
}

export async function createBeperkingenTable(q: QueryRunner): Promise<void> {
  await q.query(`
    CREATE TABLE beperkingen (
      inwoner_id uuid PRIMARY KEY,
      beperkt boolean NOT NULL,
      verzoek_id uuid NOT NULL,
      gewijzigd_op timestamptz NOT NULL
    )`);
}

/** Records the newest state; answers whether it changed anything (false for an older or repeated one). */
export async function zetBeperking(m: EntityManager, stand: BeperkingStand): Promise<boolean> {
  const rows: unknown[] = await m.query(
    `INSERT INTO beperkingen (inwoner_id, beperkt, verzoek_id, gewijzigd_op) VALUES ($1, $2, $3, $4)
     ON CONFLICT (inwoner_id) DO UPDATE
       SET beperkt = EXCLUDED.beperkt, verzoek_id = EXCLUDED.verzoek_id, gewijzigd_op = EXCLUDED.gewijzigd_op
       WHERE beperkingen.gewijzigd_op < EXCLUDED.gewijzigd_op
     RETURNING inwoner_id`,
    [stand.inwonerId, stand.beperkt, stand.verzoekId, new Date(stand.gewijzigdOp)],
  );
  return rows.length > 0;
}

/**
 * SQL that is true while the processing of the inwoner in `inwonerKolom` (a column or parameter) is restricted: the
 * one predicate every set-based query of every service uses to leave such a person out or to flag them.
 */
export const beperktSql = (inwonerKolom: string) =>
  `EXISTS (SELECT 1 FROM beperkingen b WHERE b.inwoner_id = ${inwonerKolom} AND b.beperkt)`;

export async function isBeperkt(m: EntityManager, inwonerId: string): Promise<boolean> {
  const rows: unknown[] = await m.query('SELECT 1 FROM beperkingen WHERE inwoner_id = $1 AND beperkt', [inwonerId]);
  return rows.length > 0;
}

/** Of these inwoners, those whose processing is restricted now. */
export async function beperkteInwoners(m: EntityManager, inwonerIds: readonly string[]): Promise<Set<string>> {
  if (inwonerIds.length === 0) return new Set();
  const rows: { inwoner_id: string }[] = await m.query(
    'SELECT inwoner_id FROM beperkingen WHERE inwoner_id = ANY($1::uuid[]) AND beperkt',
    [inwonerIds],
  );
  return new Set(rows.map((r) => r.inwoner_id));
}

export const VERWERKING_BEPERKT_DETAIL =
  'Verwerking beperkt: the processing of this inwoner\u2019s data is restricted (AVG art. 18); only the privacy officer may read or change it.';

/** 403 problem "Verwerking beperkt" for anyone but the privacy role while the inwoner's processing is restricted. */
export async function assertNietBeperkt(m: EntityManager, inwonerId: string, principal: Principal): Promise<void> {
  if (principal.roles.includes('privacy')) return;
  if (await isBeperkt(m, inwonerId)) throw problemException(403, VERWERKING_BEPERKT_DETAIL, { beperkt: true });
}
