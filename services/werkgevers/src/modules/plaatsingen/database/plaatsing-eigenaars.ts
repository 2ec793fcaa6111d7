/**
 * The owners of placement `p`, as an SQL expression (a text[]): the organisation that placed the
 * person and the organisation whose traject it is (werkgevers' projection of trajecten).
 */
export const PLAATSING_EIGENAARS = `ARRAY[p.organisatie, (SELECT k.organisatie FROM kandidaten k WHERE k.traject_id = p.traject_id)]`;
