import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ActiviteitResultaat, ActiviteitSoort, Stap } from '@wiz/contracts';
import { AFSPRAAK_SOORTEN, type ActiviteitFeit, type AfspraakSoort, type PlaatsingFeit } from '../domain/resultaat';

export interface MijnTrajectRij {
  id: string;
  status: 'actief' | 'afgesloten';
  huidigeStap: Stap;
  stappen: { stap: Stap; van: string; tot: string | null }[];
  gestartOp: string;
  afgeslotenOp: string | null;
  organisatie: string;
  /** Whether a consulent holds it; their name only as trajecten knows it (never their e-mail or subject). */
  consulent: boolean;
  consulentNaam: string | null;
}

export interface MijnActiviteit extends ActiviteitFeit {
  trajectId: string;
  startdatum: string;
}

export interface MijnAfspraak {
  trajectId: string;
  op: string;
  soort: AfspraakSoort;
}

/**
 * What trajecten holds about one inwoner, read for the inwoner themself: only their own trajecten (by the id of
 * their token), never an erased one. Reads across the traject's tables in one place, so the /mijn routes have one
 * source and no other module's repository to reach into.
 */
@Injectable()
export class MijnDossier {
  async trajecten(m: EntityManager, inwonerId: string): Promise<MijnTrajectRij[]> {
    const rijen = await m.query(
      `SELECT t.id, t.status, t.huidige_stap, t.stappen, t.gestart_op, t.afgesloten_op::text, t.organisatie, t.consulent IS NOT NULL AS heeft_consulent,
              (SELECT w.naam FROM medewerkers w WHERE w.subject = t.consulent) AS consulent_naam
         FROM trajecten t WHERE t.inwoner_id = $1 AND t.gewist_op IS NULL
        ORDER BY t.gestart_op DESC, t.id`,
      [inwonerId],
    );
    return rijen.map((r: Record<string, any>) => ({
      id: r.id,
      status: r.status,
      huidigeStap: r.huidige_stap,
      stappen: r.stappen,
      gestartOp: (r.gestart_op as Date).toISOString(),
      afgeslotenOp: r.afgesloten_op ?? null,
      organisatie: r.organisatie,
      consulent: r.heeft_consulent,
      consulentNaam: r.consulent_naam ?? null,
    }));
  }

  async activiteiten(m: EntityManager, trajectIds: string[]): Promise<MijnActiviteit[]> {
    const rijen: {
      id: string;
      traject_id: string;
      soort: ActiviteitSoort;
      startdatum: string;
      resultaat: ActiviteitResultaat | null;
      datum: string | null;
      organisatie: string;
    }[] = await m.query(
      `SELECT a.id, a.traject_id, a.soort, a.startdatum::text, a.resultaat, a.datum::text, t.organisatie
         FROM activiteiten a JOIN trajecten t ON t.id = a.traject_id
        WHERE a.traject_id = ANY($1::uuid[]) ORDER BY a.startdatum, a.id`,
      [trajectIds],
    );
    return rijen.map((r) => ({
      id: r.id,
      trajectId: r.traject_id,
      soort: r.soort,
      startdatum: r.startdatum,
      resultaat: r.resultaat,
      datum: r.datum,
      organisatie: r.organisatie,
    }));
  }

  async planDoelen(
    m: EntityManager,
    trajectIds: string[],
  ): Promise<{ trajectId: string; omschrijving: string; status: string }[]> {
    const rijen = await m.query(
      `SELECT traject_id, omschrijving, status FROM plan_doelen
        WHERE traject_id = ANY($1::uuid[]) ORDER BY aangemaakt_op, id`,
      [trajectIds],
    );
    return rijen.map((r: Record<string, string>) => ({
      trajectId: r.traject_id,
      omschrijving: r.omschrijving,
      status: r.status,
    }));
  }

  /** Planned moments still to come, soonest first; a stalled-traject alarm is the consulent's, not an appointment. */
  async volgendeAfspraken(m: EntityManager, trajectIds: string[]): Promise<MijnAfspraak[]> {
    const rijen = await m.query(
      `SELECT traject_id, vervaldatum, soort FROM opvolgingen
        WHERE traject_id = ANY($1::uuid[]) AND status = 'gepland' AND vervaldatum > now() AND soort = ANY($2::text[])
        ORDER BY vervaldatum, id`,
      [trajectIds, AFSPRAAK_SOORTEN],
    );
    return rijen.map((r: { traject_id: string; vervaldatum: Date; soort: AfspraakSoort }) => ({
      trajectId: r.traject_id,
      op: r.vervaldatum.toISOString(),
      soort: r.soort,
    }));
  }

  /** Placements trajecten learned from werkgevers: each planned one duurzaamheidscheck, which keeps its start. */
  async plaatsingen(m: EntityManager, trajectIds: string[]): Promise<PlaatsingFeit[]> {
    const rijen = await m.query(
      `SELECT o.plaatsing_id AS id, o.plaatsing_startdatum::text AS startdatum, t.organisatie
         FROM opvolgingen o JOIN trajecten t ON t.id = o.traject_id
        WHERE o.traject_id = ANY($1::uuid[]) AND o.soort = 'duurzaamheidscheck'
          AND o.plaatsing_id IS NOT NULL AND o.plaatsing_startdatum IS NOT NULL`,
      [trajectIds],
    );
    return rijen;
  }
}
