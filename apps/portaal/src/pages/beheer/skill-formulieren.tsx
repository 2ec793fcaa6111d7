import { ApiProblem, werkgeversApi } from '../../api/client';
import { useVelden, useVersturen, Veldfouten } from '../../components/formulier';
import { Gelukt, Probleem } from '../../components/probleem';
import { Tekstveld } from '../../components/velden';

const LEEG = { code: '', label: '', synoniemen: '' };
const VELDNAMEN = { code: 'Code', label: 'Naam', synoniemen: 'Synoniemen', synoniem: 'Synoniem' };
const lijst = (tekst: string) =>
  tekst
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The service's 409 names the skill a text already stands for (`code` in the problem); the page says so in Dutch,
 * since the generic conflict text cannot name it.
 */
function alBezet(fout: unknown): unknown {
  if (!(fout instanceof ApiProblem) || fout.status !== 409 || typeof fout.body.code !== 'string') return fout;
  const uitleg = `Deze tekst staat al voor de vaardigheid ${fout.body.code}. Voeg hem daar toe als synoniem, of kies een andere tekst.`;
  return new ApiProblem(fout.status, fout.title, uitleg, fout.errors, fout.body);
}

function regels(s: typeof LEEG): Veldfouten {
  return {
    ...(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s.code)
      ? {}
      : { code: 'Vul een code in van kleine letters, cijfers en streepjes, zoals heftruck-rijden.' }),
    ...(s.label.trim() ? {} : { label: 'Vul de naam in die mensen te zien krijgen.' }),
  };
}

/** A new skill for the vocabulary; a text that already stands for another skill is refused by the service (409). */
export function SkillFormulier({ opgeslagen }: { opgeslagen: () => void }) {
  const { waarden: s, veld, controleer, herstel } = useVelden(LEEG, regels);
  const { bezig, fout, gelukt, onSubmit } = useVersturen({
    controleer,
    verstuur: () =>
      werkgeversApi
        .POST('/skills', {
          body: { code: s.code, label: s.label.trim(), synoniemen: lijst(s.synoniemen) },
        })
        .catch((fout: unknown) => {
          throw alBezet(fout);
        }),
    gelukt: () => {
      herstel();
      opgeslagen();
      return `Vaardigheid ${s.label.trim()} is toegevoegd.`;
    },
  });
  return (
    <form className="formulier" onSubmit={onSubmit} noValidate aria-labelledby="skill-toevoegen">
      <h2 id="skill-toevoegen">Vaardigheid toevoegen</h2>
      <div className="rij">
        <Tekstveld label="Code" required hint="Blijft altijd gelijk, zoals heftruck-rijden" {...veld('code')} />
        <Tekstveld label="Naam" required {...veld('label')} />
      </div>
      <Tekstveld
        label="Synoniemen"
        hint="Andere woorden met dezelfde betekenis, gescheiden door komma's"
        {...veld('synoniemen')}
      />
      <Probleem fout={fout} veldnamen={VELDNAMEN} />
      {gelukt && <Gelukt>{gelukt}</Gelukt>}
      <p>
        <button type="submit" className="knop" disabled={bezig}>
          Vaardigheid toevoegen
        </button>
      </p>
    </form>
  );
}

/** One more word that stands for an existing skill; vacancies and profiles that used it match on the skill from now. */
export function SynoniemFormulier({
  code,
  label,
  opgeslagen,
}: {
  code: string;
  label: string;
  opgeslagen: () => void;
}) {
  const { waarden, veld, controleer, herstel } = useVelden({ synoniem: '' }, (w): Veldfouten =>
    w.synoniem.trim() ? {} : { synoniem: 'Vul een synoniem in.' },
  );
  const { bezig, fout, onSubmit } = useVersturen({
    controleer,
    verstuur: () =>
      werkgeversApi
        .POST('/skills/{code}/synoniemen', {
          params: { path: { code } },
          body: { synoniem: waarden.synoniem.trim() },
        })
        .catch((fout: unknown) => {
          throw alBezet(fout);
        }),
    gelukt: () => {
      herstel();
      opgeslagen();
    },
  });
  return (
    <form className="formulier" onSubmit={onSubmit} noValidate>
      <Tekstveld label={`Synoniem voor ${label}`} {...veld('synoniem')} />
      <Probleem fout={fout} veldnamen={VELDNAMEN} />
      <button type="submit" className="knop knop-licht" disabled={bezig}>
        Synoniem toevoegen
      </button>
    </form>
  );
}
