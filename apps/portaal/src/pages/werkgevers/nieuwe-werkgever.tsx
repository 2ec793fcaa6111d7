import { useState } from 'react';
import { Link } from 'react-router';
import { GEMEENTECODE_PATTERN, isValidKvkNummer } from '@wiz/contracts/browser';
import { ApiProblem, gegevens, werkgeversApi } from '../../api/client';
import { Probleem, Gelukt } from '../../components/probleem';
import { Tekstveld, Vinkje } from '../../components/velden';
import { useVelden, useVersturen, Veldfouten } from '../../components/formulier';

const LEEG = { kvkNummer: '', naam: '', gemeentecode: '', sbiCode: '', strategischPartner: false };
const VELDNAMEN = {
  kvkNummer: 'KvK-nummer',
  naam: 'Naam',
  gemeentecode: 'Gemeentecode',
  sbiCode: 'SBI-code',
  strategischPartner: 'Strategisch partner',
};

function regels(w: typeof LEEG) {
  const f: Veldfouten = {};
  if (!isValidKvkNummer(w.kvkNummer.trim())) f.kvkNummer = 'Vul een KvK-nummer van precies 8 cijfers in.';
  if (!w.naam.trim()) f.naam = 'Vul de naam van de werkgever in.';
  if (!GEMEENTECODE_PATTERN.test(w.gemeentecode.trim().toUpperCase()))
    f.gemeentecode = 'Vul een gemeentecode in zoals GM0014.';
  return f;
}

/** Adds an employer; a KvK number that is known already leads to the existing employer instead. */
export function NieuweWerkgever({ toegevoegd }: { toegevoegd: () => void }) {
  const { waarden: w, veld, vinkje, controleer, herstel } = useVelden(LEEG, regels);
  const [nieuw, setNieuw] = useState<{ id: string; naam: string }>();
  const { bezig, fout, onSubmit } = useVersturen({
    controleer,
    verstuur: () =>
      gegevens(
        werkgeversApi.POST('/werkgevers', {
          body: {
            kvkNummer: w.kvkNummer.trim(),
            naam: w.naam.trim(),
            gemeentecode: w.gemeentecode.trim().toUpperCase(),
            ...(w.sbiCode.trim() ? { sbiCode: w.sbiCode.trim() } : {}),
            strategischPartner: w.strategischPartner,
          },
        }),
      ),
    gelukt: ({ id }) => {
      setNieuw({ id, naam: w.naam.trim() });
      herstel();
      toegevoegd();
    },
  });
  const bestaand = fout instanceof ApiProblem && fout.status === 409 ? String(fout.body.bestaandId ?? '') : undefined;
  return (
    <section aria-labelledby="nieuwe-werkgever">
      <h2 id="nieuwe-werkgever">Werkgever toevoegen</h2>
      <form className="formulier" onSubmit={onSubmit} noValidate>
        <div className="rij">
          <Tekstveld label="KvK-nummer" required inputMode="numeric" hint="8 cijfers" {...veld('kvkNummer')} />
          <Tekstveld label="Naam" required {...veld('naam')} />
        </div>
        <div className="rij">
          <Tekstveld
            label="Gemeentecode"
            required
            hint="Bijvoorbeeld GM0014 voor Groningen"
            {...veld('gemeentecode')}
          />
          <Tekstveld label="SBI-code" hint="De sector, bijvoorbeeld 8710 (niet verplicht)" {...veld('sbiCode')} />
        </div>
        <Vinkje
          label="Strategisch partner"
          hint="Een werkgever die een vaste partner is van Werk in Zicht"
          {...vinkje('strategischPartner')}
        />
        {bestaand !== undefined ? (
          <div role="alert" className="melding melding-fout">
            <p className="melding-titel">Deze werkgever bestaat al.</p>
            <p>
              Er is al een werkgever met dit KvK-nummer.{' '}
              <Link to={`/werkgevers/${bestaand}`}>Bekijk de bestaande werkgever</Link>
            </p>
          </div>
        ) : (
          <Probleem fout={fout} veldnamen={VELDNAMEN} />
        )}
        {nieuw && !fout && (
          <Gelukt>
            <p>
              Werkgever <Link to={`/werkgevers/${nieuw.id}`}>{nieuw.naam}</Link> is toegevoegd.
            </p>
          </Gelukt>
        )}
        <div>
          <button type="submit" className="knop" disabled={bezig}>
            {bezig ? 'Bezig met opslaan…' : 'Werkgever toevoegen'}
          </button>
        </div>
      </form>
    </section>
  );
}
