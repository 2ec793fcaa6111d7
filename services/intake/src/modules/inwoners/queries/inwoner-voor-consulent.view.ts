import type { EntityManager } from 'typeorm';
import { weergaveAanmelding } from '../domain/identiteit';
import { bevestigdeAanmeldingen } from '../database/zichtbaarheid';
import { aanmeldingInView, InwonerView, leesToestemmingen } from './inwoner.view';

/**
 * The person as the consulent of one of their trajecten sees them: name and contact data of the newest aanmelding
 * whose identity is confirmed, each such aanmelding's hulpvraag and situation, and the consents. Never the BSN.
 * Undefined when no aanmelding of this inwoner has a confirmed identity.
 */
export async function leesInwonerVoorConsulent(manager: EntityManager, id: string): Promise<InwonerView | undefined> {
  const aanmeldingen = await bevestigdeAanmeldingen(manager, id);
  if (aanmeldingen.length === 0) return undefined;
  return {
    id,
    ...weergaveAanmelding(aanmeldingen).gegevens,
    toestemmingen: await leesToestemmingen(manager, id),
    aanmeldingen: aanmeldingen.map((a) => ({
      ...aanmeldingInView(a),
      hulpvraag: a.hulpvraag,
      situatie: a.situatie,
    })),
    identiteitTeControleren: false,
  };
}
