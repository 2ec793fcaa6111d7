import { Gelukt, Probleem } from '../../components/probleem';
import { Bezig } from '../../components/pagina';

/** What became of a form's request, right under the form: busy, the refusal, or the confirmation. */
export function ActieMelding({
  bezig,
  fout,
  gelukt,
  veldnamen,
}: {
  bezig: boolean;
  fout?: Error;
  gelukt?: string;
  veldnamen?: Record<string, string>;
}) {
  if (bezig) return <Bezig tekst="Bezig met opslaan…" />;
  return (
    <>
      <Probleem fout={fout} veldnamen={veldnamen} />
      {gelukt && <Gelukt>{gelukt}</Gelukt>}
    </>
  );
}
