import type { EntityManager } from 'typeorm';
import { geeftGedeeldeGegevens } from '../domain/identiteit';
import { aanmeldingenMetId } from '../database/zichtbaarheid';
import { aanmeldingInView, gecorrigeerdeGegevens, InwonerView, leesToestemmingen } from './inwoner.view';

/**
 * The person as the consulent of their trajecten sees them, from the aanmeldingen those trajecten came from: name
 * and contact data of the newest confirmed one (else the newest), each one's hulpvraag and situation, and the
 * consents unless none has a confirmed identity. Never the BSN. Undefined when none of them is found.
 */
export async function leesInwonerVoorConsulent(
  manager: EntityManager,
  id: string,
  aanmeldingIds: readonly string[],
): Promise<InwonerView | undefined> {
  const aanmeldingen = await aanmeldingenMetId(manager, id, aanmeldingIds);
  if (aanmeldingen.length === 0) return undefined;
  const identiteitTeControleren = !aanmeldingen.some((a) => geeftGedeeldeGegevens(a.controle));
  const [{ versie, anoniem }] = await manager.query('SELECT versie, anoniem FROM inwoners WHERE id = $1', [id]);
  return {
    id,
    versie,
    anoniem,
    ...(await gecorrigeerdeGegevens(manager, id, aanmeldingen)),
    toestemmingen: identiteitTeControleren ? [] : await leesToestemmingen(manager, id),
    aanmeldingen: aanmeldingen.map((a) => ({ ...aanmeldingInView(a), hulpvraag: a.hulpvraag, situatie: a.situatie })),
    identiteitTeControleren,
  };
}
