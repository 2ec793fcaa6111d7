import type { Client } from 'pg';
import { ARBEIDSMARKTSTATUSSEN, Arbeidsmarktstatus } from '@wiz/contracts';
import {
  Deelnemersverloop,
  esfResultaten,
  isDuurzaamGeplaatst,
} from '../../../services/subsidies/src/modules/declaraties/domain';
import {
  leegResultaat,
  NogNietBekend,
  ResultaatTelling,
  telResultaat,
} from '../../../services/subsidies/src/modules/declaraties/domain/resultaat-telling';

export interface VerwachteResultaten {
  resultaten: ResultaatTelling;
  nogNietBekend: NogNietBekend;
  duurzaamGeplaatst: number;
  onvolledig: { werkzoekend: number; verbeterdeSituatieNaZesMaanden: number };
}

const STATUSSEN: ReadonlySet<string> = new Set(ARBEIDSMARKTSTATUSSEN);

// Per fact table: the SELECT that gives its rows in the domain's shape (dates as text, null = not known = left out).
const FEITEN = {
  trajecten: `SELECT inwoner_id, json_strip_nulls(json_build_object('trajectId', traject_id, 'gestartOp', gestart_op::text)) AS f FROM deelnemer_trajecten`,
  afsluitingen: `SELECT inwoner_id, json_strip_nulls(json_build_object('trajectId', traject_id, 'datum', datum::text, 'reden', reden)) AS f FROM deelnemer_afsluitingen`,
  plaatsingen: `SELECT inwoner_id, json_strip_nulls(json_build_object('plaatsingId', plaatsing_id, 'startdatum', startdatum::text, 'urenPerWeek', uren_per_week::float,
                  'contractvorm', contractvorm, 'einddatum', einddatum::text)) AS f FROM deelnemer_plaatsingen`,
  urenwijzigingen: `SELECT inwoner_id, json_build_object('plaatsingId', plaatsing_id, 'ingangsdatum', ingangsdatum::text, 'vorigeUrenPerWeek', vorige_uren_per_week::float,
                      'urenPerWeek', uren_per_week::float) AS f FROM deelnemer_urenwijzigingen`,
  duurzaamheidschecks: `SELECT inwoner_id, json_build_object('plaatsingId', plaatsing_id, 'duurzaam', duurzaam, 'inDienst', in_dienst, 'vastgesteldOp', vastgesteld_op::text) AS f
                          FROM deelnemer_duurzaamheidschecks`,
  kwalificaties: 'SELECT inwoner_id, to_json(datum::text) AS f FROM deelnemer_kwalificaties',
} as const;

/**
 * The ESF+ results (upon leaving, six months after) of the participants in the temp table `verwacht_deelnemers`,
 * on `peildatum`. NOT independent of the service: the seeded facts are read back here (table by table, with this
 * file's own SQL), but the results are computed by the subsidies domain functions (esfResultaten, telResultaat),
 * whose rules have their own unit and property specs. The entry indicators and the per-line judgement stay in SQL.
 */
export async function verwachteResultaten(db: Client, peildatum: string): Promise<VerwachteResultaten> {
  const { rows: deelnemers } = await db.query<{ inwoner_id: string; arbeidsmarktstatus: string | null }>(
    'SELECT inwoner_id, arbeidsmarktstatus FROM verwacht_deelnemers',
  );
  const verloop = new Map<string, Deelnemersverloop>(
    deelnemers.map((d) => [
      d.inwoner_id,
      {
        trajecten: [],
        afsluitingen: [],
        plaatsingen: [],
        urenwijzigingen: [],
        duurzaamheidschecks: [],
        kwalificaties: [],
      },
    ]),
  );
  for (const [soort, sql] of Object.entries(FEITEN) as [keyof Deelnemersverloop, string][]) {
    const { rows } = await db.query(
      `SELECT x.inwoner_id, x.f FROM (${sql}) x JOIN verwacht_deelnemers d ON d.inwoner_id = x.inwoner_id`,
    );
    for (const r of rows) (verloop.get(r.inwoner_id)![soort] as unknown[]).push(r.f);
  }
  const uit: VerwachteResultaten = {
    resultaten: leegResultaat(),
    nogNietBekend: { binnenVierWeken: 0, naZesMaanden: 0 },
    duurzaamGeplaatst: 0,
    onvolledig: { werkzoekend: 0, verbeterdeSituatieNaZesMaanden: 0 },
  };
  for (const d of deelnemers) {
    const v = verloop.get(d.inwoner_id)!;
    const status = STATUSSEN.has(d.arbeidsmarktstatus ?? '') ? (d.arbeidsmarktstatus as Arbeidsmarktstatus) : undefined;
    const r = esfResultaten(v, status, peildatum);
    if (r !== undefined) {
      telResultaat(uit.resultaten, uit.nogNietBekend, r);
      if (r.werkzoekend === undefined && r.vierWekenVerstreken) uit.onvolledig.werkzoekend += 1;
      if (r.verbeterdeSituatieNaZesMaanden === undefined && r.zesMaandenVerstreken)
        uit.onvolledig.verbeterdeSituatieNaZesMaanden += 1;
    }
    if (isDuurzaamGeplaatst(v, peildatum)) uit.duurzaamGeplaatst += 1;
  }
  return uit;
}
