/**
 * The hours a week of placement `p` (of `plaatsingen p`) in force on `datum` (an SQL expression): the latest change
 * from on or before it (of two on one day the latest recorded), else the hours at the start. The one statement of
 * this rule for the placement itself, its list and the employer report.
 */
export const urenOpSql = (datum: string) =>
  `coalesce((SELECT u.uren_per_week FROM plaatsing_uren u WHERE u.plaatsing_id = p.id AND u.ingangsdatum <= ${datum}
             ORDER BY u.ingangsdatum DESC, u.gewijzigd_op DESC LIMIT 1), p.uren_per_week)`;
