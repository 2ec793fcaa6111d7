import { DomainError } from '@wiz/contracts';

/** What decides whether two records may become one. */
export interface Samenvoegbaar {
  id: string;
  heeftBsn: boolean;
  /** The record it was merged into, if any. */
  samengevoegdIn: string | null;
  anoniem: boolean;
}

export class ZelfdeInwoner extends DomainError {
  readonly kind = 'invalid';

  constructor(veld = 'vervallenInwonerId') {
    super('Both ids name the same inwoner.', { name: veld, message: 'must differ from the inwoner in the path' });
  }
}

export class SamenvoegingGeweigerd extends DomainError {
  readonly kind = 'conflict';

  constructor(detail: string) {
    super(detail);
  }
}

/**
 * 'al-gedaan' when exactly this merge happened before (a retry answers as the first time); otherwise refuses what a
 * merge cannot be: into a record that was itself merged away, of a record already merged into another, of two
 * records that each hold a BSN (two valid BSNs are two people: the BSN decides), or, outside an identification, of
 * an anonymous record: only identifying the person gives its waiting aanmelding-afgerond the birth date it needs.
 */
export function beoordeelSamenvoeging(
  behouden: Samenvoegbaar,
  vervallen: Samenvoegbaar,
  viaIdentificatie = false,
): 'al-gedaan' | 'samenvoegen' {
  if (behouden.id === vervallen.id) throw new ZelfdeInwoner();
  if (vervallen.samengevoegdIn === behouden.id) return 'al-gedaan';
  if (behouden.samengevoegdIn)
    throw new SamenvoegingGeweigerd(
      `Inwoner ${behouden.id} was merged into ${behouden.samengevoegdIn}; merge into that one.`,
    );
  if (vervallen.samengevoegdIn)
    throw new SamenvoegingGeweigerd(`Inwoner ${vervallen.id} was merged into ${vervallen.samengevoegdIn} already.`);
  if (behouden.heeftBsn && vervallen.heeftBsn)
    throw new SamenvoegingGeweigerd('Both inwoners have a BSN, and different ones: they are different people.');
  if (!viaIdentificatie && (behouden.anoniem || vervallen.anoniem))
    throw new SamenvoegingGeweigerd(
      'An anonymous inwoner is merged by identifying the person: POST /inwoners/{inwonerId}/identificatie.',
    );
  return 'samenvoegen';
}

export interface ToestemmingStandVan {
  doel: string;
  /** For the vacancy purpose: one state per vacancy. */
  vacatureId?: string;
  gegeven: boolean;
  gewijzigdOp: string;
}

/** The consents the kept record takes over: per purpose (and vacancy) the newest decision of the two wins. */
export function overTeNemenToestemmingen<T extends ToestemmingStandVan>(
  behouden: readonly T[],
  vervallen: readonly T[],
): T[] {
  return vervallen.filter((v) => {
    const eigen = behouden.find((b) => b.doel === v.doel && (b.vacatureId ?? null) === (v.vacatureId ?? null));
    return !eigen || (Date.parse(v.gewijzigdOp) > Date.parse(eigen.gewijzigdOp) && eigen.gegeven !== v.gegeven);
  });
}
