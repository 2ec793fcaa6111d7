import type { EntityManager } from 'typeorm';
import type { ActiviteitResultaat, ActiviteitSoort, Stap } from '@wiz/contracts';
import type { StapPeriode } from '../domain/traject';

interface TrajectRow {
  id: string;
  inwoner_id: string;
  status: 'actief' | 'afgesloten';
  huidige_stap: Stap;
  stappen: StapPeriode[];
  versie: number;
  organisatie: string;
  gemeentecode: string;
  participatieladder: number | null;
  afsluitreden: string | null;
  afgesloten_op: string | null;
  laatste_wijziging_op: Date;
  team: string | null;
  consulent: string | null;
}

export const TRAJECT_KOLOMMEN = `t.id, t.inwoner_id, t.status, t.huidige_stap, t.stappen, t.versie, t.organisatie, t.gemeentecode,
  t.participatieladder, t.afsluitreden, to_char(t.afgesloten_op, 'YYYY-MM-DD') AS afgesloten_op, t.laatste_wijziging_op,
  t.team, t.consulent`;

/** The contract's traject shape, with what a consulent also needs (organisation, ladder, closing). */
/** An activity as the traject shows it; `resultaat` and `datum` once it is completed. */
export interface ActiviteitView {
  id: string;
  soort: ActiviteitSoort;
  startdatum: string;
  resultaat: ActiviteitResultaat | null;
  datum: string | null;
}

export function trajectView(t: TrajectRow, activiteiten: ActiviteitView[] = []) {
  return {
    id: t.id,
    inwonerId: t.inwoner_id,
    status: t.status,
    huidigeStap: t.huidige_stap,
    stappen: t.stappen,
    activiteiten,
    versie: t.versie,
    organisatie: t.organisatie,
    gemeentecode: t.gemeentecode,
    team: t.team,
    consulent: t.consulent,
    participatieladder: t.participatieladder,
    laatsteWijzigingOp: t.laatste_wijziging_op.toISOString(),
    ...(t.afsluitreden ? { afsluiting: { reden: t.afsluitreden, datum: t.afgesloten_op } } : {}),
  };
}

export async function activiteitenVan(m: EntityManager, trajectId: string): Promise<ActiviteitView[]> {
  const rows: ActiviteitView[] = await m.query(
    `SELECT id, soort, to_char(startdatum, 'YYYY-MM-DD') AS startdatum, resultaat, to_char(datum, 'YYYY-MM-DD') AS datum
       FROM activiteiten WHERE traject_id = $1 ORDER BY startdatum, id`,
    [trajectId],
  );
  return rows.map((a) => ({
    id: a.id,
    soort: a.soort,
    startdatum: a.startdatum,
    resultaat: a.resultaat,
    datum: a.datum,
  }));
}

/** Who moved the traject to which step, when and why, oldest first: the timeline's reasons. */
export async function overgangenVan(m: EntityManager, trajectId: string) {
  const rows = await m.query(
    'SELECT van, naar, door, toelichting, op FROM stap_overgangen WHERE traject_id = $1 ORDER BY id',
    [trajectId],
  );
  return rows.map((o: { van: Stap; naar: Stap; door: string; toelichting: string; op: Date }) => ({
    van: o.van,
    naar: o.naar,
    door: o.door,
    toelichting: o.toelichting,
    op: o.op.toISOString(),
  }));
}

/** The working hours recorded outside a placement, in the order they apply (LegWerkurenVast). */
export async function werkurenVan(m: EntityManager, trajectId: string) {
  const rows: { id: string; ingangsdatum: string; uren: string; vorige: string }[] = await m.query(
    `SELECT id, to_char(ingangsdatum, 'YYYY-MM-DD') AS ingangsdatum, uren_per_week::text AS uren, vorige_uren_per_week::text AS vorige
       FROM werkuren WHERE traject_id = $1 ORDER BY ingangsdatum, op`,
    [trajectId],
  );
  return rows.map((w) => ({
    id: w.id,
    ingangsdatum: w.ingangsdatum,
    urenPerWeek: Number(w.uren),
    vorigeUrenPerWeek: Number(w.vorige),
  }));
}
