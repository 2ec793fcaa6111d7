import { gegevens, trajectenApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { heeftRol } from '../../auth/claims';
import { useSessie } from '../../auth/session';
import { alsDatum, alsGetal } from '../../components/opmaak';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { gemeentenaam } from '../dashboard/monitor-api';
import { alsTijdstip, STREEFWAARDE_NAMEN } from './api';
import { StreefwaardeFormulier } from './streefwaarde-formulier';

const aantal = (n: number | null, eenheden?: number | null) =>
  [n != null && alsGetal(n), eenheden != null && `${alsGetal(eenheden)} eenheden`].filter(Boolean).join(' / ') || '—';

/** Every target and starting balance ever set, newest first, with who and when; beheer adds one (monitor reads). */
export function Streefwaarden() {
  const { sessie } = useSessie();
  const lijst = useLaden((signal) => gegevens(trajectenApi.GET('/streefwaarden', { signal })), []);
  const items = lijst.data?.items;
  return (
    <Pagina titel="Streefwaarden">
      <p>
        Een nieuwe streefwaarde vervangt een oudere niet: ze geldt vanaf haar datum, en de geschiedenis blijft
        zichtbaar.
      </p>
      <Probleem fout={lijst.fout} />
      {lijst.laden && !items && <Bezig />}
      {items?.length === 0 && <p>Er zijn nog geen streefwaarden vastgesteld.</p>}
      {!!items?.length && (
        <div className="tabel-schuif">
          <table>
            <caption>Vastgestelde streefwaarden, de nieuwste eerst ({items.length})</caption>
            <thead>
              <tr>
                <th scope="col">Cijfer</th>
                <th scope="col">Gebied</th>
                <th scope="col">Geldig vanaf</th>
                <th scope="col" className="getal">
                  Doel
                </th>
                <th scope="col" className="getal">
                  Beginstand
                </th>
                <th scope="col">Basisdatum</th>
                <th scope="col">Vastgesteld door</th>
                <th scope="col">Vastgesteld op</th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{STREEFWAARDE_NAMEN[s.sleutel] ?? s.sleutel}</th>
                  <td>{s.gemeentecode ? gemeentenaam(s.gemeentecode) : 'Regio'}</td>
                  <td>{alsDatum(s.geldigVanaf)}</td>
                  <td className="getal">{aantal(s.doel, s.doelEenheden)}</td>
                  <td className="getal">{aantal(s.beginstand, s.beginstandEenheden)}</td>
                  <td>{s.basisdatum ? alsDatum(s.basisdatum) : '—'}</td>
                  <td>{s.vastgesteldDoor}</td>
                  <td>{alsTijdstip(s.vastgesteldOp)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {heeftRol(sessie, []) && <StreefwaardeFormulier opgeslagen={lijst.opnieuw} />}
    </Pagina>
  );
}
