import { ApiProblem } from '../../api/client';
import { inHetNederlands, Traject } from './api';
import { useActie } from '../../components/formulier';

/** The traject as the page last read it, with the ETag of that version and a way to read it again. */
export interface TrajectStand {
  traject: Traject;
  etag: string | null;
  opnieuw: () => void;
  /** Why the last change was refused because the traject had changed; shown by the page, not the form. */
  conflict?: string;
  meldConflict(uitleg: string | undefined): void;
}

const UITLEG = {
  409: 'Dit kan niet meer: het traject is afgesloten, of dit was intussen al vastgelegd. De pagina toont nu de nieuwste gegevens.',
  412: 'Een collega heeft dit traject net gewijzigd. De pagina toont nu de nieuwste gegevens: kijk ze na en probeer het opnieuw.',
};

/** The traject's id and the If-Match of the version read, for the change's request (the page's ETag). */
export interface TrajectVerzoek {
  params: { path: { id: string }; header: { 'If-Match'?: string } };
}

const isConflict = (e: unknown): e is ApiProblem => e instanceof ApiProblem && (e.status === 409 || e.status === 412);

/**
 * A change to the traject: sent with If-Match, so nobody overwrites a change they have not seen. After the change,
 * and after a conflict, the page reads the traject again (a new ETag), so the next change starts from the truth.
 * A conflict is explained by the page rather than the form: the reloaded traject may be closed, and then the form
 * (and any message inside it) is gone.
 */
export function useTrajectWijziging(stand: TrajectStand) {
  const actie = useActie();
  const wijzig = (stuur: (verzoek: TrajectVerzoek) => Promise<unknown>, melding: string) =>
    actie.voer(
      async () => {
        try {
          const header = stand.etag ? { 'If-Match': stand.etag } : {};
          await stuur({ params: { path: { id: stand.traject.id }, header } });
        } catch (e) {
          if (isConflict(e)) {
            stand.meldConflict(UITLEG[e.status as 409 | 412]);
            stand.opnieuw();
          }
          throw e;
        }
        stand.meldConflict(undefined);
        stand.opnieuw();
        return melding;
      },
      (e) => (isConflict(e) ? undefined : inHetNederlands(e as Error, UITLEG)),
    );
  return { ...actie, wijzig };
}
