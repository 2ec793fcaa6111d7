import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { afspraakbanenStand, AfspraakbanenStand } from '@wiz/contracts';
import { afspraakbaanEenheden, geldendeAfspraakbanenBasis } from '../../domain';
import { urenOpSql } from '../../../plaatsingen/uren-op.sql';

export interface Rapportage {
  van: string;
  tot: string;
  plaatsingen: number;
  sroiPlaatsingen: number;
  /** Running total in heads at `tot`: the starting balance plus every afspraakbaan placement started after the basisdatum. */
  afspraakbanenCumulatief: number;
  /** The same running total in 25.5-hour units. */
  afspraakbaanEenheden: number;
  /** The running total with the basis it counts from and the target beside it. */
  afspraakbanen: AfspraakbanenStand & { beginstandEenheden: number };
  /** The former figure: afspraakbaan placements running on `tot`, in heads and units (rounded down). */
  afspraakbanenLopend: { banen: number; eenheden: number };
  perSector: { sector: string; plaatsingen: number }[];
  perArrangement: { arrangementId: string; naam: string; plaatsen: number; plaatsingen: number; bezet: number }[];
}

/**
 * The employer teams' figures for a period: placements started in it (and how many count for SROI), and the
 * afspraakbanen as the banenafspraak counts them: a running total since the basis in force at `tot` (the
 * region-wide one beheer set in trajecten with the latest geldigVanaf <= tot), in heads and 25.5-hour units, with
 * the hours a placement started with (a later change of hours does not recount it); beside it the placements still
 * running on `tot`, with their hours on that day. Per sector (SBI division: the first two digits) and per arrangement,
 * whose places taken (`bezet`) are those running on `tot`.
 */
@Injectable()
export class RapportageQuery {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async voor(van: string, tot: string): Promise<Rapportage> {
    const [totaal] = await this.db.query(
      `SELECT count(*)::int AS plaatsingen, count(sroi_verplichting_id)::int AS sroi FROM plaatsingen WHERE startdatum BETWEEN $1 AND $2`,
      [van, tot],
    );
    // Those running on `tot`, with the hours they have on that day (a change of hours counts from its ingangsdatum).
    const lopend: { uren: string }[] = await this.db.query(
      `SELECT ${urenOpSql('$1')}::text AS uren
         FROM plaatsingen p WHERE p.afspraakbaan AND p.startdatum <= $1 AND (p.einddatum IS NULL OR p.einddatum >= $1)`,
      [tot],
    );
    // A handful of rows (beheer sets a basis a few times a year): the choice is the domain's, not the query's.
    const vastgesteld = await this.db.query(
      `SELECT streefwaarde_id AS "streefwaardeId", to_char(geldig_vanaf, 'YYYY-MM-DD') AS "geldigVanaf", to_char(vastgesteld_op AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.USZ') AS "vastgesteldOp",
              to_char(basisdatum, 'YYYY-MM-DD') AS basisdatum, beginstand, beginstand_eenheden::float AS "beginstandEenheden", doel, doel_eenheden::float AS "doelEenheden"
         FROM afspraakbanen_basis WHERE geldig_vanaf <= $1`,
      [tot],
    );
    const basis = geldendeAfspraakbanenBasis(vastgesteld, tot);
    const geteld: { startdatum: string; uren: number }[] = await this.db.query(
      `SELECT to_char(startdatum, 'YYYY-MM-DD') AS startdatum, uren_per_week::float AS uren FROM plaatsingen WHERE afspraakbaan AND startdatum > $1 AND startdatum <= $2`,
      [basis.basisdatum, tot],
    );
    const stand = afspraakbanenStand(
      basis,
      geteld.map((p) => ({ startdatum: p.startdatum, urenPerWeek: p.uren })),
      tot,
    );
    const perSector = await this.db.query(
      `SELECT coalesce(left(w.sbi_code, 2), 'onbekend') AS sector, count(*)::int AS plaatsingen
         FROM plaatsingen p JOIN werkgevers w ON w.id = p.werkgever_id WHERE p.startdatum BETWEEN $1 AND $2 GROUP BY 1 ORDER BY 1`,
      [van, tot],
    );
    const perArrangement = await this.db.query(
      `SELECT a.id AS "arrangementId", a.naam, a.plaatsen,
              count(p.id) FILTER (WHERE p.startdatum BETWEEN $1 AND $2)::int AS plaatsingen,
              count(p.id) FILTER (WHERE p.startdatum <= $2 AND (p.einddatum IS NULL OR p.einddatum >= $2))::int AS bezet
         FROM arrangementen a LEFT JOIN plaatsingen p ON p.arrangement_id = a.id GROUP BY a.id ORDER BY a.naam`,
      [van, tot],
    );
    return {
      van,
      tot,
      plaatsingen: totaal.plaatsingen,
      sroiPlaatsingen: totaal.sroi,
      afspraakbanenCumulatief: stand.banen,
      afspraakbaanEenheden: stand.eenheden,
      afspraakbanen: { ...stand, beginstandEenheden: basis.beginstandEenheden },
      afspraakbanenLopend: { banen: lopend.length, eenheden: afspraakbaanEenheden(lopend.map((a) => Number(a.uren))) },
      perSector,
      perArrangement,
    };
  }
}
