import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@wiz/platform';
import type { CorrectieOnderdeel, CorrectieStatus, CorrectieUitkomst } from '../domain/correctieverzoek';
import {
  AFHANDELEN_SET,
  afhandelenParams,
  afhandelingKolommen,
  type Afhandeling,
  type AfhandelingRij,
  afhandelingUit,
} from '../verzoek-afhandeling';
import { inwonerZichtbaarVoor } from './zichtbaarheid';

export interface Correctieverzoek extends Afhandeling {
  id: string;
  inwonerId: string;
  onderdeel: CorrectieOnderdeel;
  gewenst: string;
  toelichting?: string;
  status: CorrectieStatus;
  ingediendOp: string;
}

type Rij = AfhandelingRij & {
  id: string;
  inwoner_id: string;
  onderdeel: CorrectieOnderdeel;
  gewenst: string;
  toelichting: string | null;
  status: CorrectieStatus;
  ingediend_op: Date;
};

const KOLOMMEN = `c.id, c.inwoner_id, c.onderdeel, c.gewenst, c.toelichting, c.status, c.ingediend_op, ${afhandelingKolommen('c')}`;

const alsVerzoek = (r: Rij): Correctieverzoek => ({
  id: r.id,
  inwonerId: r.inwoner_id,
  onderdeel: r.onderdeel,
  gewenst: r.gewenst,
  ...(r.toelichting ? { toelichting: r.toelichting } : {}),
  status: r.status,
  ingediendOp: r.ingediend_op.toISOString(),
  ...afhandelingUit(r),
});

/** The inwoner's correction requests (AVG art. 16): filed by the person, handled by the front office. */
@Injectable()
export class Correctieverzoeken {
  async voegToe(
    m: EntityManager,
    v: { inwonerId: string; onderdeel: CorrectieOnderdeel; gewenst: string; toelichting?: string },
  ): Promise<Correctieverzoek> {
    const [rij] = await m.query(
      `INSERT INTO correctieverzoeken AS c (id, inwoner_id, onderdeel, gewenst, toelichting) VALUES ($1, $2, $3, $4, $5)
       RETURNING ${KOLOMMEN}`,
      [randomUUID(), v.inwonerId, v.onderdeel, v.gewenst, v.toelichting ?? null],
    );
    return alsVerzoek(rij);
  }

  /** The person's own, newest first (their merged-away records' included). */
  async vanInwoner(m: EntityManager, inwonerIds: readonly string[]): Promise<Correctieverzoek[]> {
    const rijen: Rij[] = await m.query(
      `SELECT ${KOLOMMEN} FROM correctieverzoeken c WHERE c.inwoner_id = ANY ($1::uuid[])
       ORDER BY c.ingediend_op DESC, c.id`,
      [inwonerIds],
    );
    return rijen.map(alsVerzoek);
  }

  /** The requests of inwoners the caller's organisation sees (the one scoping rule), oldest first: a work queue. */
  async voorBalie(
    m: EntityManager,
    wie: Principal,
    status: CorrectieStatus | undefined,
    limiet: number,
    begin: number,
  ): Promise<{ rijen: (Correctieverzoek & { naam: string })[]; totaal: number }> {
    const zichtbaar = inwonerZichtbaarVoor(wie, 'c.inwoner_id', 2);
    const where = `($1::text IS NULL OR c.status = $1) AND ${zichtbaar.sql}`;
    const params = [status ?? null, ...zichtbaar.params];
    const [{ totaal }] = await m.query(
      `SELECT count(*)::int AS totaal FROM correctieverzoeken c WHERE ${where}`,
      params,
    );
    const n = params.length;
    const rijen: (Rij & { naam: string })[] = await m.query(
      `SELECT ${KOLOMMEN}, concat_ws(' ', i.voornaam, i.achternaam) AS naam
       FROM correctieverzoeken c JOIN inwoners i ON i.id = c.inwoner_id
       WHERE ${where} ORDER BY c.ingediend_op, c.id LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...params, limiet, begin],
    );
    return { rijen: rijen.map((r) => ({ ...alsVerzoek(r), naam: r.naam })), totaal };
  }

  /** One request, locked for handling, when the caller's organisation sees its inwoner. */
  async voorAfhandeling(m: EntityManager, id: string, wie: Principal): Promise<Correctieverzoek | undefined> {
    const zichtbaar = inwonerZichtbaarVoor(wie, 'c.inwoner_id', 2);
    const [rij] = await m.query(
      `SELECT ${KOLOMMEN} FROM correctieverzoeken c WHERE c.id = $1 AND ${zichtbaar.sql} FOR UPDATE OF c`,
      [id, ...zichtbaar.params],
    );
    return rij ? alsVerzoek(rij) : undefined;
  }

  async handelAf(
    m: EntityManager,
    id: string,
    uitkomst: CorrectieUitkomst,
    toelichting: string,
    wie: Principal,
  ): Promise<Correctieverzoek> {
    await m.query(`UPDATE correctieverzoeken SET ${AFHANDELEN_SET} WHERE id = $1`, [
      id,
      ...afhandelenParams(uitkomst, toelichting, wie),
    ]);
    const [rij] = await m.query(`SELECT ${KOLOMMEN} FROM correctieverzoeken c WHERE c.id = $1`, [id]);
    return alsVerzoek(rij);
  }
}
