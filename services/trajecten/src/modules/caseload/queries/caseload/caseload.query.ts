import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { limietEnBegin, pagina, type Paginering, type Stap } from '@wiz/contracts';
import { VANDAAG_SQL } from '@wiz/platform';
import { ZICHTBAAR } from '../../../privacy/zichtbaar';

interface CaseloadRij {
  id: string;
  inwoner_id: string;
  huidige_stap: Stap;
  organisatie: string;
  gemeentecode: string;
  team: string | null;
  consulent: string | null;
  versie: number;
  laatste_wijziging_op: Date;
  open_opvolgingen: number;
  eerste_vervaldatum: Date | null;
  verlopen: boolean;
  doelen_behaald: number;
  doelen_totaal: number;
}

/**
 * The follow-ups of each row: open ones counted, the earliest due date of those not done, and whether it passed;
 * and the plan's progress (goals behaald of all).
 */
const MET_OPVOLGINGEN = `
  SELECT t.id, t.inwoner_id, t.huidige_stap, t.organisatie, t.gemeentecode, t.team, t.consulent, t.versie,
         t.laatste_wijziging_op, o.open_opvolgingen, o.eerste_vervaldatum, coalesce(o.eerste_vervaldatum < now(), false) AS verlopen,
         p.doelen_behaald, p.doelen_totaal
    FROM trajecten t
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE status = 'open')::int AS open_opvolgingen, min(vervaldatum) AS eerste_vervaldatum
        FROM opvolgingen WHERE traject_id = t.id AND status IN ('gepland', 'open')) o ON true
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE status = 'behaald')::int AS doelen_behaald, count(*)::int AS doelen_totaal
        FROM plan_doelen WHERE traject_id = t.id) p ON true`;

/** Active trajecten only; scoped to the caller's organisation, whoever holds them. */
const ACTIEF = `t.status = 'actief' AND t.organisatie = $2`;

/** Stand-ins running today for the caller ($1) in their organisation ($2). */
const WAARGENOMEN = `SELECT voor FROM vervangingen v WHERE v.vervanger = $1 AND v.organisatie = $2 AND ${VANDAAG_SQL} BETWEEN v.van AND v.tot`;

/**
 * The worklists of a consulent: their caseload (with those of colleagues they stand in for, marked) and their
 * team's. Most urgent first: the earliest due follow-up (so the longest overdue) leads, those without any last.
 */
@Injectable()
export class CaseloadQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  eigen(subject: string, organisatie: string, p: Paginering) {
    const wie = `t.consulent = $1 OR t.consulent IN (${WAARGENOMEN})`;
    return this.pagina(wie, [subject, organisatie], p, subject);
  }

  team(subject: string, organisatie: string, p: Paginering) {
    const team = 'SELECT w.team FROM medewerkers w WHERE w.subject = $1 AND w.organisatie = $2';
    return this.pagina(`t.team = (${team})`, [subject, organisatie], p, null);
  }

  /** `waarnemer`: whose own caseload this is, so rows of someone else are marked as stood in for. */
  private async pagina(wie: string, params: [string, string], p: Paginering, waarnemer: string | null) {
    const where = `${ACTIEF} AND (${wie}) AND ${ZICHTBAAR}`;
    const [{ totaal }] = await this.dataSource.query(
      `SELECT count(*)::int AS totaal FROM trajecten t WHERE ${where}`,
      params,
    );
    const rows: CaseloadRij[] = await this.dataSource.query(
      `${MET_OPVOLGINGEN} WHERE ${where} ORDER BY o.eerste_vervaldatum NULLS LAST, t.id LIMIT $3 OFFSET $4`,
      [...params, ...limietEnBegin(p)],
    );
    return pagina(
      rows.map((r) => caseloadItem(r, waarnemer)),
      p,
      totaal,
    );
  }
}

function caseloadItem(r: CaseloadRij, waarnemer: string | null) {
  return {
    id: r.id,
    inwonerId: r.inwoner_id,
    huidigeStap: r.huidige_stap,
    organisatie: r.organisatie,
    gemeentecode: r.gemeentecode,
    team: r.team,
    consulent: r.consulent,
    versie: r.versie,
    laatsteWijzigingOp: r.laatste_wijziging_op.toISOString(),
    openOpvolgingen: r.open_opvolgingen,
    eersteVervaldatum: r.eerste_vervaldatum?.toISOString() ?? null,
    verlopen: r.verlopen,
    waargenomenVoor: waarnemer !== null && r.consulent !== waarnemer ? r.consulent : null,
    planVoortgang: { behaald: r.doelen_behaald, totaal: r.doelen_totaal },
  };
}
