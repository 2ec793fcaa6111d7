/** An arrangement's columns (of `arrangementen a`) with its employers and occupancy: placements not ended. */
export const ARRANGEMENT_KOLOMMEN = `a.id, a.naam, a.soort, a.onderwijsinstelling, a.organisatie, a.plaatsen,
  to_char(a.startdatum, 'YYYY-MM-DD') AS startdatum, to_char(a.einddatum, 'YYYY-MM-DD') AS einddatum,
  (SELECT array_agg(werkgever_id) FROM arrangement_werkgevers w WHERE w.arrangement_id = a.id) AS werkgever_ids,
  (SELECT count(*)::int FROM plaatsingen p WHERE p.arrangement_id = a.id AND p.einddatum IS NULL) AS bezet`;

export interface ArrangementRij {
  id: string;
  naam: string;
  soort: string;
  onderwijsinstelling: string | null;
  plaatsen: number;
  startdatum: string;
  einddatum: string;
  werkgever_ids: string[];
  bezet: number;
}

/** An arrangement row as the API shows it (ArrangementSchema). */
export function arrangementView(a: ArrangementRij) {
  return {
    id: a.id,
    naam: a.naam,
    soort: a.soort,
    werkgeverIds: a.werkgever_ids,
    onderwijsinstelling: a.onderwijsinstelling,
    plaatsen: a.plaatsen,
    startdatum: a.startdatum,
    einddatum: a.einddatum,
    bezet: a.bezet,
  };
}
