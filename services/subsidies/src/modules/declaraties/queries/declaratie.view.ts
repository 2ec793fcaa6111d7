import type { EntityManager } from 'typeorm';

/** The contract's claim shape, with the scheme, period and progress beside it. */
export async function leesDeclaratie(m: EntityManager, id: string) {
  const [d] = await m.query(
    `SELECT id, regeling_code, to_char(periode_van, 'YYYY-MM-DD') AS periode_van, to_char(periode_tot, 'YYYY-MM-DD') AS periode_tot,
            status, voortgang, resultaat, ingediend_op FROM declaraties WHERE id = $1`,
    [id],
  );
  if (!d) return undefined;
  const basis = {
    id: d.id,
    status: d.status,
    regelingCode: d.regeling_code,
    periodeVan: d.periode_van,
    periodeTot: d.periode_tot,
    voortgang: d.voortgang,
  };
  if (d.status === 'in-bewerking') return basis;
  const regels: { kostenregel_id: string; opgenomen: boolean; reden: string | null }[] = await m.query(
    'SELECT kostenregel_id, opgenomen, reden FROM declaratie_regels WHERE declaratie_id = $1 ORDER BY kostenregel_id',
    [id],
  );
  const r = d.resultaat;
  return {
    ...basis,
    subsidiabelCenten: r.subsidiabelCenten,
    bijdrageCenten: r.bijdrageCenten,
    directePersoneelskostenCenten: r.directePersoneelskostenCenten,
    flatRateCenten: r.flatRateCenten,
    opgenomen: regels.filter((x) => x.opgenomen).map((x) => x.kostenregel_id),
    uitgesloten: regels.filter((x) => !x.opgenomen).map((x) => ({ kostenregelId: x.kostenregel_id, reden: x.reden })),
    indicatoren: r.indicatoren,
    ...(d.ingediend_op ? { ingediendOp: d.ingediend_op.toISOString() } : {}),
  };
}
