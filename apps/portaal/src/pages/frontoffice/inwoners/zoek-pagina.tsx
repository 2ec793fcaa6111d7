import { Pagina } from '../../../components/pagina';
import { InwonerZoeken } from './inwoner-zoeken';

/** /inwoners: find an inwoner the organisation registered or was sent, by BSN or by surname and birth date. */
export function ZoekPagina() {
  return (
    <Pagina titel="Inwoner zoeken">
      <InwonerZoeken naar={(id) => `/inwoners/${id}`} />
    </Pagina>
  );
}
