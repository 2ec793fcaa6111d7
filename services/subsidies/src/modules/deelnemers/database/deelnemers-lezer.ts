import type { Deelnemer } from '../../declaraties/domain';

type Query = (sql: string, params?: unknown[]) => Promise<any[]>;

// Each fact list as a JSON array per participant, in one round trip; dates as text so no time zone shifts a day.
const FEITEN = `
  SELECT d.*,
    (SELECT coalesce(json_agg(json_build_object('trajectId', t.traject_id, 'gestartOp', to_char(t.gestart_op, 'YYYY-MM-DD'))), '[]') FROM deelnemer_trajecten t WHERE t.inwoner_id = d.inwoner_id) AS trajecten,
    (SELECT coalesce(json_agg(json_build_object('trajectId', a.traject_id, 'datum', to_char(a.datum, 'YYYY-MM-DD'), 'reden', a.reden)), '[]') FROM deelnemer_afsluitingen a WHERE a.inwoner_id = d.inwoner_id) AS afsluitingen,
    (SELECT coalesce(json_agg(json_build_object('plaatsingId', p.plaatsing_id, 'startdatum', to_char(p.startdatum, 'YYYY-MM-DD'), 'urenPerWeek', p.uren_per_week::float,
        'contractvorm', p.contractvorm, 'einddatum', to_char(p.einddatum, 'YYYY-MM-DD'))), '[]') FROM deelnemer_plaatsingen p WHERE p.inwoner_id = d.inwoner_id) AS plaatsingen,
    (SELECT coalesce(json_agg(json_build_object('plaatsingId', u.plaatsing_id, 'ingangsdatum', to_char(u.ingangsdatum, 'YYYY-MM-DD'),
        'vorigeUrenPerWeek', u.vorige_uren_per_week::float, 'urenPerWeek', u.uren_per_week::float)), '[]') FROM deelnemer_urenwijzigingen u WHERE u.inwoner_id = d.inwoner_id) AS urenwijzigingen,
    (SELECT coalesce(json_agg(json_build_object('plaatsingId', c.plaatsing_id, 'duurzaam', c.duurzaam, 'inDienst', c.in_dienst,
        'vastgesteldOp', to_char(c.vastgesteld_op, 'YYYY-MM-DD'))), '[]') FROM deelnemer_duurzaamheidschecks c WHERE c.inwoner_id = d.inwoner_id) AS duurzaamheidschecks,
    (SELECT coalesce(json_agg(to_char(k.datum, 'YYYY-MM-DD')), '[]') FROM deelnemer_kwalificaties k WHERE k.inwoner_id = d.inwoner_id) AS kwalificaties
  FROM deelnemers d`;

/** JSON null means "not known", which the domain spells as an absent property. */
function zonderNull<T extends object>(lijst: T[]): T[] {
  return lijst.map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null)) as T);
}

const optioneel = <T>(v: T | null): T | undefined => v ?? undefined;

/** The register's participants named by `inwonerIdsSql` (a SELECT of inwoner ids), with their facts. */
export async function leesDeelnemers(
  q: Query,
  inwonerIdsSql: string,
  args: unknown[],
): Promise<Map<string, Deelnemer>> {
  const rows = await q(`${FEITEN} WHERE d.inwoner_id IN (${inwonerIdsSql})`, args);
  return new Map(
    rows.map((r) => [
      r.inwoner_id,
      {
        inwonerId: r.inwoner_id,
        gemeentecode: r.gemeentecode,
        arbeidsmarktstatus: optioneel(r.arbeidsmarktstatus),
        leeftijdsband: optioneel(r.leeftijdsband),
        opleidingsniveau: optioneel(r.opleidingsniveau),
        geslacht: optioneel(r.geslacht),
        arbeidsbeperking: optioneel(r.arbeidsbeperking),
        langdurigWerkloos: optioneel(r.langdurig_werkloos),
        derdelander: optioneel(r.derdelander),
        migratieachtergrond: optioneel(r.migratieachtergrond),
        minderheid: optioneel(r.minderheid),
        dakloos: optioneel(r.dakloos),
        platteland: optioneel(r.platteland),
        verloop: {
          trajecten: zonderNull(r.trajecten),
          afsluitingen: zonderNull(r.afsluitingen),
          plaatsingen: zonderNull(r.plaatsingen),
          urenwijzigingen: r.urenwijzigingen,
          duurzaamheidschecks: r.duurzaamheidschecks,
          kwalificaties: r.kwalificaties,
        },
      } satisfies Deelnemer,
    ]),
  );
}
