import { FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { gegevens, intakeApi } from '../../api/client';
import type { components } from '../../api/generated/intake';
import { useLaden } from '../../api/use-laden';
import { useActie } from '../../components/formulier';
import { alsDatum, vandaag } from '../../components/opmaak';
import { Bezig, Pagina } from '../../components/pagina';
import { Probleem } from '../../components/probleem';
import { Keuzelijst, Tekstvak } from '../../components/velden';
import { ActieMelding } from '../consulent/actie-melding';
import { RECHT_NAMEN } from '../mijn/recht-namen';
import { Onderdelen } from './onderdelen';
import { ditJaar } from './zoekformulier';

type Verzoek = components['schemas']['RechtenverzoekenPagina']['items'][number];
type Uitkomst = 'toegekend' | 'afgewezen' | '';

/** A person's page: their trail, and there the erasure or restriction that carries out a granted request. */
const persoon = (inwonerId: string) => `/privacy/inzage?${new URLSearchParams({ inwonerId, ...ditJaar() })}`;

/**
 * /privacy/rechtenverzoeken: what inwoners asked themselves (erase, restrict, object), the nearest deadline first,
 * each answered here with what the person reads. Reading the list is audited against every person in it.
 */
export function RechtenverzoekenPagina() {
  const { data, fout, laden, opnieuw } = useLaden(
    (signal) =>
      gegevens(
        intakeApi.GET('/rechtenverzoeken', { params: { query: { status: 'open', paginagrootte: 50 } }, signal }),
      ),
    [],
  );
  return (
    <Pagina titel="Vragen van inwoners over hun rechten">
      <Onderdelen />
      <p className="hint">
        Antwoord binnen een maand (AVG art. 12). Kent u een verzoek toe, voer het dan eerst uit op de pagina van de
        inwoner: wissen, of een beperking instellen (ook bij een gegrond bezwaar).
      </p>
      {laden && !data && <Bezig />}
      <Probleem fout={fout} />
      {data && !data.items.length && <p>Er zijn geen open vragen.</p>}
      {data && data.totaal > data.items.length && (
        <p>
          Hier staan de {data.items.length} vragen met de vroegste termijn; er zijn er {data.totaal}. Beantwoord eerst
          deze.
        </p>
      )}
      {data && data.items.length > 0 && (
        <ul className="mijn-lijst" aria-label="Open vragen">
          {data.items.map((v) => (
            <li key={v.id}>
              <Vraag verzoek={v} beantwoord={opnieuw} />
            </li>
          ))}
        </ul>
      )}
    </Pagina>
  );
}

function Vraag({ verzoek: v, beantwoord }: { verzoek: Verzoek; beantwoord: () => void }) {
  const kop = useId();
  // No outcome chosen in advance: a grant is a decision, never a default.
  const [uitkomst, setUitkomst] = useState<Uitkomst>('');
  const [toelichting, setToelichting] = useState('');
  const actie = useActie();
  const teLaat = v.uiterlijkOp < vandaag();
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    void actie.voer(async () => {
      await gegevens(
        intakeApi.POST('/rechtenverzoeken/{id}/afhandeling', {
          params: { path: { id: v.id } },
          body: { uitkomst: uitkomst as Exclude<Uitkomst, ''>, toelichting },
        }),
      );
      beantwoord();
      return 'Het antwoord is verstuurd; de inwoner leest het bij Uw gegevens.';
    });
  };
  return (
    <section aria-labelledby={kop}>
      <h2 id={kop}>
        {RECHT_NAMEN[v.recht]}: {v.naam ?? 'gewiste inwoner'}
      </h2>
      <p>
        Binnen op {alsDatum(v.ingediendOp)}, antwoord uiterlijk {alsDatum(v.uiterlijkOp)}
        {teLaat && <span className="label label-waarschuwing"> te laat</span>}.{' '}
        <Link to={persoon(v.inwonerId)}>Naar de inwoner</Link>
      </p>
      {v.toelichting && <blockquote>{v.toelichting}</blockquote>}
      {v.verlenging ? (
        <p>
          Verlengd op {alsDatum(v.verlenging.op)} (eerst uiterlijk {alsDatum(v.verlenging.oorspronkelijkUiterlijkOp)})
          {v.verlenging.reden && <>: {v.verlenging.reden}</>}
        </p>
      ) : (
        !teLaat && <Verlenging verzoek={v} verlengd={beantwoord} />
      )}
      <form onSubmit={verstuur} className="formulier" aria-label={`Antwoord: ${RECHT_NAMEN[v.recht]}`}>
        <Keuzelijst
          label="Uitkomst"
          value={uitkomst}
          onChange={(e) => setUitkomst(e.target.value as Uitkomst)}
          required
          opties={[
            { waarde: '', tekst: 'Kies…' },
            { waarde: 'toegekend', tekst: 'Toegekend (eerst uitgevoerd)' },
            { waarde: 'afgewezen', tekst: 'Afgewezen' },
          ]}
        />
        <Tekstvak
          label="Antwoord aan de inwoner"
          hint="Verplicht. De inwoner leest dit; geef bij een afwijzing de reden."
          required
          maxLength={2000}
          value={toelichting}
          onChange={(e) => setToelichting(e.target.value)}
        />
        <ActieMelding {...actie} veldnamen={{ uitkomst: 'Uitkomst', toelichting: 'Antwoord aan de inwoner' }} />
        <p>
          <button type="submit" className="knop" disabled={actie.bezig}>
            Antwoord versturen
          </button>
        </p>
      </form>
    </section>
  );
}

/**
 * AVG art. 12(3): once, within the first month, by one or two further months where the complexity or the number of
 * requests needs it; the person reads the new date and the reason.
 */
function Verlenging({ verzoek: v, verlengd }: { verzoek: Verzoek; verlengd: () => void }) {
  const [maanden, setMaanden] = useState<'1' | '2'>('1');
  const [reden, setReden] = useState('');
  const actie = useActie();
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    void actie.voer(async () => {
      await gegevens(
        intakeApi.POST('/rechtenverzoeken/{id}/verlenging', {
          params: { path: { id: v.id } },
          body: { maanden: Number(maanden) as 1 | 2, reden },
        }),
      );
      verlengd();
      return 'De termijn is verlengd; de inwoner leest de nieuwe datum en de reden bij Uw gegevens.';
    });
  };
  return (
    <details>
      <summary>Termijn verlengen</summary>
      <form onSubmit={verstuur} className="formulier" aria-label={`Termijn verlengen: ${RECHT_NAMEN[v.recht]}`}>
        <Keuzelijst
          label="Met"
          value={maanden}
          onChange={(e) => setMaanden(e.target.value as '1' | '2')}
          opties={[
            { waarde: '1', tekst: 'een maand' },
            { waarde: '2', tekst: 'twee maanden' },
          ]}
        />
        <Tekstvak
          label="Reden voor de inwoner"
          hint="Waarom meer tijd nodig is: hoe ingewikkeld het verzoek is, of hoeveel verzoeken er zijn. Eén keer, binnen de eerste maand."
          required
          maxLength={2000}
          value={reden}
          onChange={(e) => setReden(e.target.value)}
        />
        <ActieMelding {...actie} veldnamen={{ maanden: 'Met', reden: 'Reden voor de inwoner' }} />
        <p>
          <button type="submit" className="knop" disabled={actie.bezig}>
            Termijn verlengen
          </button>
        </p>
      </form>
    </details>
  );
}
