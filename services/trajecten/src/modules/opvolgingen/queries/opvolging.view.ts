import { isVerlopen } from '../domain/afsluiting';

/** The columns and shape of a follow-up as the API shows it, for the list and for one. */
export const OPVOLGING_KOLOMMEN = `o.id, o.soort, o.traject_id, o.plaatsing_id, o.vervaldatum, o.status, o.uitkomst,
  to_char(o.plaatsing_beeindigd_op, 'YYYY-MM-DD') AS plaatsing_beeindigd_op, o.plaatsing_beeindigd_reden`;

export function opvolgingView(r: Record<string, any>) {
  return {
    id: r.id,
    soort: r.soort,
    trajectId: r.traject_id,
    plaatsingId: r.plaatsing_id,
    vervaldatum: r.vervaldatum.toISOString(),
    status: r.status,
    verlopen: isVerlopen(r.status, r.vervaldatum, new Date()),
    ...(r.uitkomst && r.soort !== 'duurzaamheidscheck'
      ? { afsluiting: { uitkomst: r.uitkomst.uitkomst, door: r.uitkomst.door, op: r.uitkomst.op } }
      : {}),
    ...(r.uitkomst && r.soort === 'duurzaamheidscheck'
      ? {
          uitkomst: {
            inDienst: r.uitkomst.inDienst,
            urenPerWeek: r.uitkomst.urenPerWeek,
            duurzaam: r.uitkomst.duurzaam,
          },
        }
      : {}),
    ...(r.plaatsing_beeindigd_op
      ? { plaatsingBeeindigd: { einddatum: r.plaatsing_beeindigd_op, reden: r.plaatsing_beeindigd_reden } }
      : {}),
  };
}
