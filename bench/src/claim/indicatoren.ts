import type { Client } from 'pg';
import { ARBEIDSMARKTSTATUSSEN, GESLACHTEN, LEEFTIJDSBANDEN, OPLEIDINGSNIVEAUS } from '@wiz/contracts';
import type { Indicatoren } from '../../../services/subsidies/src/modules/declaraties/domain';
import { verwachteResultaten } from './resultaten';

const KENMERKEN = [
  'arbeidsbeperking',
  'derdelander',
  'migratieachtergrond',
  'minderheid',
  'dakloos',
  'platteland',
] as const;

/**
 * The entry indicators and their incompleteness in SQL, per domain.md's ESF+ rules: one status per participant,
 * `werkloos` includes the long-term unemployed and `langdurig-werkloos` is the subset of them (status
 * langdurig-werkloos, or werkloos with langdurig_werkloos); an attribute that is null (or, for education and gender,
 * `onbekend`) makes the participant incomplete for that indicator only; langdurig werkloos is unknown for an unknown
 * status, or for the unemployed whose duration was not recorded.
 */
const INGANG_SQL = `
  SELECT count(*)::int AS deelnemers,
         count(*) FILTER (WHERE arbeidsmarktstatus IN ('werkloos', 'langdurig-werkloos'))::int AS werkloos,
         count(*) FILTER (WHERE arbeidsmarktstatus = 'langdurig-werkloos' OR (arbeidsmarktstatus = 'werkloos' AND langdurig_werkloos))::int AS langdurig,
         count(*) FILTER (WHERE arbeidsmarktstatus = 'inactief')::int AS inactief, count(*) FILTER (WHERE arbeidsmarktstatus = 'werkend')::int AS werkend,
         count(*) FILTER (WHERE NOT coalesce(arbeidsmarktstatus = ANY ($1::text[]), false))::int AS onv_status,
         count(*) FILTER (WHERE NOT coalesce(arbeidsmarktstatus = ANY ($1::text[]), false) OR (arbeidsmarktstatus = 'werkloos' AND langdurig_werkloos IS NULL))::int AS onv_langdurig,
         count(*) FILTER (WHERE NOT coalesce(leeftijdsband = ANY ($2::text[]), false))::int AS onv_band,
         count(*) FILTER (WHERE NOT coalesce(opleidingsniveau IN ('isced-0-2', 'isced-3-4', 'isced-5-8'), false))::int AS onv_niveau,
         count(*) FILTER (WHERE NOT coalesce(geslacht IN ('man', 'vrouw', 'anders'), false))::int AS onv_geslacht,
         ${KENMERKEN.map((k) => `count(*) FILTER (WHERE ${k})::int AS ${k}, count(*) FILTER (WHERE ${k} IS NULL)::int AS onv_${k}`).join(',\n         ')}
    FROM verwacht_deelnemers`;

/** Counts per value of one column; values outside `sleutels` go to `anders` (when given), as the contract reports them. */
async function telling(
  db: Client,
  kolom: string,
  sleutels: readonly string[],
  anders?: string,
): Promise<Record<string, number>> {
  const uit: Record<string, number> = Object.fromEntries(sleutels.map((k) => [k, 0]));
  for (const r of (await db.query(`SELECT ${kolom} AS k, count(*)::int AS n FROM verwacht_deelnemers GROUP BY 1`))
    .rows) {
    const k = r.k !== null && sleutels.includes(r.k) ? r.k : anders;
    if (k !== undefined) uit[k] += r.n;
  }
  return uit;
}

/** The claim's indicators over the distinct participants of its included lines (temp table `verwacht_deelnemers`). */
export async function verwachteIndicatoren(db: Client, peildatum: string): Promise<Indicatoren> {
  const [n] = (await db.query(INGANG_SQL, [[...ARBEIDSMARKTSTATUSSEN], [...LEEFTIJDSBANDEN]])).rows;
  const r = await verwachteResultaten(db, peildatum);
  return {
    peildatum,
    deelnemers: n.deelnemers,
    perArbeidsmarktstatus: {
      werkloos: n.werkloos,
      'langdurig-werkloos': n.langdurig,
      inactief: n.inactief,
      werkend: n.werkend,
    },
    perLeeftijdsband: await telling(db, 'leeftijdsband', LEEFTIJDSBANDEN),
    // No recorded level counts as `onbekend`, like an unrecorded gender.
    perOpleidingsniveau: await telling(db, "coalesce(opleidingsniveau, 'onbekend')", OPLEIDINGSNIVEAUS),
    perGeslacht: await telling(db, 'geslacht', GESLACHTEN, 'onbekend'),
    metArbeidsbeperking: n.arbeidsbeperking,
    kenmerken: Object.fromEntries(KENMERKEN.map((k) => [k, n[k]])) as Indicatoren['kenmerken'],
    onvolledig: {
      arbeidsmarktstatus: n.onv_status,
      langdurigWerkloos: n.onv_langdurig,
      leeftijdsband: n.onv_band,
      opleidingsniveau: n.onv_niveau,
      geslacht: n.onv_geslacht,
      ...(Object.fromEntries(KENMERKEN.map((k) => [k, n[`onv_${k}`]])) as Record<(typeof KENMERKEN)[number], number>),
      ...r.onvolledig,
    },
    resultaten: r.resultaten,
    nogNietBekend: r.nogNietBekend,
    duurzaamGeplaatst: r.duurzaamGeplaatst,
  };
}
