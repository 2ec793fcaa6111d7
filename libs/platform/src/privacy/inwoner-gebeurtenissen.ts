import type { EntityManager } from 'typeorm';
import { type BeperkingStand, zetBeperking } from './beperkingen';
import { huidigeInwoner, registreerSamenvoeging } from './inwoner-verwijzingen';

// intake's events for the inwoner's rights as every service applies them (see inwoner-verwijzingen.ts).
/** A restriction event (verwerking-beperkt) as every service applies it: to the id that holds the person now. */
export async function pasBeperkingToe(m: EntityManager, stand: BeperkingStand): Promise<void> {
  const id = await huidigeInwoner(m, stand.inwonerId);
  if (id) await zetBeperking(m, { ...stand, inwonerId: id });
}

/** A merge event (inwoners-samengevoegd) as every service applies it, with the service's own move and erasure. */
export async function pasSamenvoegingToe(
  m: EntityManager,
  e: { vervallenInwonerId: string; behoudenInwonerId: string; samengevoegdOp: string },
  dienst: { verplaats(van: string, naar: string): Promise<void>; wis(inwonerId: string): Promise<void> },
): Promise<void> {
  const s = await registreerSamenvoeging(m, e.vervallenInwonerId, e.behoudenInwonerId, e.samengevoegdOp);
  if (s.soort === 'verplaats') await dienst.verplaats(s.vervallen, s.behouden);
  if (s.soort === 'wis') await dienst.wis(s.vervallen);
}
