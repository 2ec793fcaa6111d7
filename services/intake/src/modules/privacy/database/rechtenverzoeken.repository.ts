import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isBeperkt, type Principal } from '@wiz/platform';
import {
  AFHANDELEN_SET,
  afhandelenParams,
  afhandelingKolommen,
  type Afhandeling,
  type AfhandelingRij,
  afhandelingUit,
} from '../../inwoners/verzoek-afhandeling';
import {
  antwoordUiterlijk,
  type Recht,
  type RechtenverzoekStatus,
  type RechtenverzoekUitkomst,
  type Uitvoering,
} from '../domain/rechtenverzoek';

export interface Rechtenverzoek extends Afhandeling {
  id: string;
  inwonerId: string;
  recht: Recht;
  toelichting?: string;
  status: RechtenverzoekStatus;
  ingediendOp: string;
  /** The last day of the answer (AVG art. 12(3)), extended or not. */
  uiterlijkOp: string;
  /** The term's extension, told to the person with its reason (none left once the person was erased). */
  verlenging?: { op: string; reden: string | null; oorspronkelijkUiterlijkOp: string };
}

type Rij = AfhandelingRij & {
  id: string;
  inwoner_id: string;
  recht: Recht;
  toelichting: string | null;
  status: RechtenverzoekStatus;
  ingediend_op: Date;
  uiterlijk_op: string;
  oorspronkelijk_uiterlijk_op: string | null;
  verlengd_op: Date | null;
  verlenging_reden: string | null;
};

const KOLOMMEN = `r.id, r.inwoner_id, r.recht, r.toelichting, r.status, r.ingediend_op,
  to_char(r.uiterlijk_op, 'YYYY-MM-DD') AS uiterlijk_op,
  to_char(r.oorspronkelijk_uiterlijk_op, 'YYYY-MM-DD') AS oorspronkelijk_uiterlijk_op, r.verlengd_op,
  r.verlenging_reden, ${afhandelingKolommen('r')}`;

const alsVerzoek = (r: Rij): Rechtenverzoek => ({
  id: r.id,
  inwonerId: r.inwoner_id,
  recht: r.recht,
  ...(r.toelichting ? { toelichting: r.toelichting } : {}),
  status: r.status,
  ingediendOp: r.ingediend_op.toISOString(),
  uiterlijkOp: r.uiterlijk_op,
  ...(r.verlengd_op && r.oorspronkelijk_uiterlijk_op
    ? {
        verlenging: {
          op: r.verlengd_op.toISOString(),
          reden: r.verlenging_reden,
          oorspronkelijkUiterlijkOp: r.oorspronkelijk_uiterlijk_op,
        },
      }
    : {}),
  ...afhandelingUit(r),
});

/** The inwoner's requests to the privacy officer (erasure, restriction, objection): the one owner of the table. */
@Injectable()
export class RechtenverzoekenRepository {
  async voegToe(
    m: EntityManager,
    v: { inwonerId: string; recht: Recht; toelichting?: string },
  ): Promise<Rechtenverzoek> {
    const nu = new Date();
    const [rij] = await m.query(
      `INSERT INTO rechtenverzoeken AS r (id, inwoner_id, recht, toelichting, ingediend_op, uiterlijk_op)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${KOLOMMEN}`,
      [randomUUID(), v.inwonerId, v.recht, v.toelichting ?? null, nu, antwoordUiterlijk(nu)],
    );
    return alsVerzoek(rij);
  }

  /** The person's own, newest first (their merged-away records' included). */
  async vanInwoner(m: EntityManager, inwonerIds: readonly string[]): Promise<Rechtenverzoek[]> {
    const rijen: Rij[] = await m.query(
      `SELECT ${KOLOMMEN} FROM rechtenverzoeken r WHERE r.inwoner_id = ANY ($1::uuid[]) ORDER BY r.ingediend_op DESC, r.id`,
      [inwonerIds],
    );
    return rijen.map(alsVerzoek);
  }

  /**
   * The privacy officer's work queue: by status, the nearest deadline first, with the person's name as held (none
   * once erased).
   */
  async werkvoorraad(
    m: EntityManager,
    status: RechtenverzoekStatus | undefined,
    limiet: number,
    begin: number,
  ): Promise<{ rijen: (Rechtenverzoek & { naam: string | null })[]; totaal: number }> {
    const [{ totaal }] = await m.query(
      'SELECT count(*)::int AS totaal FROM rechtenverzoeken r WHERE ($1::text IS NULL OR r.status = $1)',
      [status ?? null],
    );
    const rijen: (Rij & { naam: string | null })[] = await m.query(
      `SELECT ${KOLOMMEN}, nullif(concat_ws(' ', i.voornaam, i.achternaam), '') AS naam
       FROM rechtenverzoeken r LEFT JOIN inwoners i ON i.id = r.inwoner_id
       WHERE ($1::text IS NULL OR r.status = $1) ORDER BY r.uiterlijk_op, r.ingediend_op, r.id LIMIT $2 OFFSET $3`,
      [status ?? null, limiet, begin],
    );
    return { rijen: rijen.map((r) => ({ ...alsVerzoek(r), naam: r.naam })), totaal };
  }

  /** One request, locked for its answer. */
  async voorAfhandeling(m: EntityManager, id: string): Promise<Rechtenverzoek | undefined> {
    const [rij] = await m.query(`SELECT ${KOLOMMEN} FROM rechtenverzoeken r WHERE r.id = $1 FOR UPDATE OF r`, [id]);
    return rij ? alsVerzoek(rij) : undefined;
  }

  /** Whether the person was erased here, and whether their processing is restricted. */
  async uitvoering(m: EntityManager, inwonerId: string): Promise<Uitvoering> {
    const [r] = await m.query('SELECT gewist_op IS NOT NULL AS gewist FROM inwoners WHERE id = $1', [inwonerId]);
    return { gewist: r?.gewist === true, beperkt: await isBeperkt(m, inwonerId) };
  }

  /** The term extended to `tot`, the first deadline kept; for an erased person without the reason's words. */
  async verleng(m: EntityManager, id: string, tot: string, reden: string | null, wie: Principal) {
    const [[rij]] = await m.query(
      `UPDATE rechtenverzoeken r SET oorspronkelijk_uiterlijk_op = r.uiterlijk_op, uiterlijk_op = $2,
              verlengd_op = now(), verlengd_door = $3, verlenging_reden = $4
        WHERE r.id = $1 RETURNING ${KOLOMMEN}`,
      [id, tot, wie.subject, reden],
    );
    return alsVerzoek(rij);
  }

  /** The answer; for an erased person without its words, which would be about them (the erasure took the rest). */
  async handelAf(
    m: EntityManager,
    id: string,
    uitkomst: RechtenverzoekUitkomst,
    toelichting: string,
    wie: Principal,
    gewist: boolean,
  ): Promise<Rechtenverzoek> {
    // An UPDATE answers [rows, count].
    const [[rij]] = await m.query(
      `UPDATE rechtenverzoeken r SET ${AFHANDELEN_SET} WHERE r.id = $1 RETURNING ${KOLOMMEN}`,
      [id, ...afhandelenParams(uitkomst, gewist ? null : toelichting, wie)],
    );
    return alsVerzoek(rij);
  }
}
