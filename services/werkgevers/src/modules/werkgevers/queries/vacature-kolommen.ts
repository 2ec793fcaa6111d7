/**
 * A vacancy's columns as every read shows them (VacatureSchema), from `vacatures v`: with its status and how many
 * of its places are taken (its placements that have not ended).
 */
export const VACATURE_KOLOMMEN = `v.id, v.titel, v.uren_per_week::float AS "urenPerWeek", v.aantal, v.skills, v.skills_ingevoerd AS "skillsIngevoerd",
  v.open_hiring AS "openHiring", v.cv_loos AS "cvLoos", v.geschikt_voor_afspraakbaan AS "geschiktVoorAfspraakbaan",
  v.status, v.status_reden AS "statusReden",
  (SELECT count(*)::int FROM plaatsingen p WHERE p.vacature_id = v.id AND p.einddatum IS NULL) AS vervuld`;
