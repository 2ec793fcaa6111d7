import { api, ApiProblem } from '../../api/client';
import { inHetNederlands, Traject } from './api';
import { useActie } from '../../components/formulier';

/** The traject as the page last read it, with the ETag of that version and a way to read it again. */
export interface TrajectStand {
  traject: Traject;
  etag: string | null;
  opnieuw(): void;
}

const UITLEG = {
  409: 'Dit kan niet meer: het traject is afgesloten, of dit was intussen al vastgelegd. De pagina toont nu de nieuwste gegevens.',
  412: 'Een collega heeft dit traject net gewijzigd. De pagina toont nu de nieuwste gegevens: kijk ze na en probeer het opnieuw.',
};

/**
 * A change to the traject: sent with If-Match, so nobody overwrites a change they have not seen. After the change,
 * and after a conflict, the page reads the traject again (a new ETag), so the next change starts from the truth.
 */
export function useTrajectWijziging(stand: TrajectStand) {
  const actie = useActie();
  const wijzig = (pad: string, body: unknown, melding: string) =>
    actie.voer(async () => {
      try {
        await api('trajecten', `/trajecten/${stand.traject.id}${pad}`, { body, headers: stand.etag ? { 'If-Match': stand.etag } : undefined });
      } catch (e) {
        if (e instanceof ApiProblem && (e.status === 409 || e.status === 412)) stand.opnieuw();
        throw inHetNederlands(e as Error, UITLEG);
      }
      stand.opnieuw();
      return melding;
    });
  return { ...actie, wijzig };
}
