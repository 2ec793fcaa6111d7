import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { GEWIST, type Soort } from '../domain/wisbare-gegevens';

/** `kolom` as the marker, or null when it held nothing. */
const gewist = (kolom: string) => `${kolom} = CASE WHEN ${kolom} IS NULL THEN NULL ELSE '${GEWIST}' END`;

/** Per kind: the statements that replace its free text in the trajecten `$1` by the marker. */
const WISSEN: Record<Soort, string[]> = {
  journaal: [
    `UPDATE journaal_notities SET ${gewist('tekst')}, ${gewist('reden')} WHERE traject_id = ANY($1) AND tekst <> '${GEWIST}'`,
  ],
  plan: [
    `UPDATE plan_acties SET ${gewist('omschrijving')}, ${gewist('eigenaar')}
      WHERE doel_id IN (SELECT id FROM plan_doelen WHERE traject_id = ANY($1)) AND omschrijving <> '${GEWIST}'`,
    `UPDATE plan_doelen SET ${gewist('omschrijving')} WHERE traject_id = ANY($1) AND omschrijving <> '${GEWIST}'`,
    `UPDATE plan_akkoorden SET ${gewist('door')} WHERE traject_id = ANY($1) AND door <> '${GEWIST}'`,
  ],
  opvolgingen: [
    `UPDATE opvolgingen SET uitkomst = CASE WHEN uitkomst IS NULL THEN NULL ELSE jsonb_build_object('gewist', true) END,
            ${gewist('plaatsing_beeindigd_reden')}
      WHERE traject_id = ANY($1) AND (uitkomst IS NOT NULL OR plaatsing_beeindigd_reden IS NOT NULL)
        AND uitkomst IS DISTINCT FROM '{"gewist": true}'::jsonb`,
  ],
  overdrachten: [
    `UPDATE overdrachten SET ${gewist('toelichting')}, ${gewist('reden')} WHERE traject_id = ANY($1) AND toelichting <> '${GEWIST}'`,
  ],
  traject: [
    `UPDATE stap_overgangen SET ${gewist('toelichting')} WHERE traject_id = ANY($1) AND toelichting <> '${GEWIST}'`,
    `UPDATE trajecten SET consulent = NULL, team = NULL WHERE id = ANY($1) AND (consulent IS NOT NULL OR team IS NOT NULL)`,
  ],
};

/**
 * The one writer of erasure: replaces free text by the marker, kind by kind, for the given trajecten. Counting
 * tables, ids, steps and dates are left alone. Repeating it changes nothing (rows already erased are skipped).
 * `wiz.wissen` opens the append-only tables' narrow path for this transaction only, for this inwoner or traject.
 */
@Injectable()
export class Wisser {
  async wis(
    m: EntityManager,
    sleutel: string,
    trajectIds: readonly string[],
    soorten: readonly Soort[],
  ): Promise<number> {
    if (trajectIds.length === 0) return 0;
    await m.query(`SELECT set_config('wiz.wissen', $1, true)`, [sleutel]);
    let aantal = 0;
    for (const soort of soorten)
      for (const sql of WISSEN[soort]) {
        const [, rijen] = await m.query(sql, [trajectIds]);
        aantal += Number(rijen ?? 0);
      }
    await m.query(`SELECT set_config('wiz.wissen', '', true)`);
    return aantal;
  }
}
