import { useState } from 'react';
import { useParams } from 'react-router';
import { gegevens, subsidiesApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import { alsDatum, alsGetal, centenAlsEuro } from '../../components/opmaak';
import { Bezig, Pagina } from '../../components/pagina';
import { Gelukt, Probleem } from '../../components/probleem';
import { DeclaratieRegels } from './declaratie-regels';
import { Downloads } from './downloads';
import { IndicatorenOverzicht } from './indicatoren';
import { Indienen } from './indienen';
import { Samenstellen } from './samenstellen';
import { REDEN_TEKST, redenTekst, statusVan } from './teksten';
import type { Declaratie, Indicatoren } from './typen';

/**
 * One claim: progress while it is compiled, then its totals, counts, lines, exclusions and indicators; submit and
 * export. The claim is read without its lines (`regels=geen`), which the tables below page through.
 */
export function DeclaratieDetail() {
  const { id = '' } = useParams();
  const declaratie = useLaden(
    (signal) =>
      gegevens(subsidiesApi.GET('/declaraties/{id}', { params: { path: { id }, query: { regels: 'geen' } }, signal })),
    [id],
  );
  const [ingediend, setIngediend] = useState(false);
  const d = declaratie.data;
  return (
    <Pagina titel={d ? `Declaratie ${d.regelingCode}` : 'Declaratie'}>
      <Probleem fout={declaratie.fout} />
      {!d && declaratie.laden && <Bezig />}
      {d && (
        <p>
          Periode {alsDatum(d.periodeVan)} t/m {alsDatum(d.periodeTot)} ·{' '}
          <span className={`label ${statusVan(d.status).klasse}`}>{statusVan(d.status).tekst}</span>
          {d.ingediendOp && <> op {alsDatum(d.ingediendOp)}</>}
        </p>
      )}
      {d?.status === 'in-bewerking' && <Samenstellen id={id} klaar={declaratie.opnieuw} />}
      {d && d.status !== 'in-bewerking' && (
        <>
          <Totalen d={d} />
          {ingediend && <Gelukt>De declaratie is ingediend.</Gelukt>}
          {d.status === 'concept' && (
            <Indienen
              id={id}
              ingediend={() => {
                setIngediend(true);
                declaratie.opnieuw();
              }}
            />
          )}
          <Downloads id={id} />
          <UitgeslotenPerReden aantallen={d.aantallen?.uitgesloten ?? {}} />
          <DeclaratieRegels id={id} opgenomen />
          <DeclaratieRegels id={id} opgenomen={false} />
          {/* the document gives the indicators as an open object; typen.ts describes them */}
          {d.indicatoren && <IndicatorenOverzicht indicatoren={d.indicatoren as unknown as Indicatoren} />}
        </>
      )}
    </Pagina>
  );
}

const aantalUitgesloten = (d: Declaratie) =>
  Object.values(d.aantallen?.uitgesloten ?? {}).reduce((som, n) => som + n, 0);

function Totalen({ d }: { d: Declaratie }) {
  const kaart = (titel: string, centen: number | undefined, toelichting?: string) => (
    <div className="kaart">
      <h2>{titel}</h2>
      <p className="kengetal">{centenAlsEuro(centen ?? 0)}</p>
      {toelichting && <p className="hint">{toelichting}</p>}
    </div>
  );
  return (
    <div className="kaarten">
      {kaart(
        'Subsidiabel',
        d.subsidiabelCenten,
        `${alsGetal(d.aantallen?.opgenomen ?? 0)} kostenregels opgenomen, ${alsGetal(aantalUitgesloten(d))} uitgesloten`,
      )}
      {kaart('Bijdrage', d.bijdrageCenten, 'Het deel dat de regeling vergoedt')}
      {!!d.flatRateCenten &&
        kaart(
          'Flat rate',
          d.flatRateCenten,
          `Opslag op ${centenAlsEuro(d.directePersoneelskostenCenten ?? 0)} directe personeelskosten`,
        )}
    </div>
  );
}

function UitgeslotenPerReden({ aantallen: perReden }: { aantallen: Record<string, number> }) {
  const aantallen = Object.keys(REDEN_TEKST)
    .map((reden) => [reden, perReden[reden] ?? 0] as const)
    .filter(([, n]) => n > 0);
  if (aantallen.length === 0) return null;
  return (
    <table>
      <caption>Uitgesloten per reden</caption>
      <thead>
        <tr>
          <th scope="col">Reden</th>
          <th scope="col" className="getal">
            Kostenregels
          </th>
        </tr>
      </thead>
      <tbody>
        {aantallen.map(([reden, n]) => (
          <tr key={reden}>
            <th scope="row">{redenTekst(reden)}</th>
            <td className="getal">{alsGetal(n)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
