/**
 * What submitted claims already hold, as the caller loaded it. Only submitted claims count: a concept claim
 * can still be discarded, so it does not make a line "already claimed".
 */
export interface Ingediend {
  /** Ids of cost lines included in any submitted claim. */
  ingediendeRegels: ReadonlySet<string>;
  /** Per bewijsstuk: the regeling codes under which a line with that bewijsstuk was submitted. */
  ingediendeBewijsstukken: ReadonlyMap<string, ReadonlySet<string>>;
}
