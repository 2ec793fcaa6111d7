/**
 * A text that was a free skill and now stands for a code: the UPDATE that replaces each of the free skills ($1) in
 * `tabel`.skills by the code ($2), keeping their order and holding the code once. Each aggregate holding skills
 * (vacatures, kandidaten) runs it on its own table, in the transaction of the vocabulary change.
 */
export function herkoppelSkillsSql(tabel: 'vacatures' | 'kandidaten'): string {
  return `UPDATE ${tabel} t SET skills = (
    SELECT array_agg(s ORDER BY i) FROM (
      SELECT DISTINCT ON (s) s, i FROM unnest(t.skills) WITH ORDINALITY AS u(x, i), LATERAL (SELECT CASE WHEN x = ANY($1::text[]) THEN $2 ELSE x END AS s) c
       ORDER BY s, i) d)
   WHERE t.skills && $1::text[]`;
}
