import { FormEvent, useState } from 'react';
import { ApiProblem } from '../../../api/client';
import { controleerAlles, Fouten, Formulierregels, foutenVanServer } from '../../../rules/formulier';
import { vandaag } from '../../../components/opmaak';

/**
 * The state of a form checked by Dutch rules: a field is checked when the user leaves it and, once it shows an
 * error, again on every change (so the error goes away as soon as it is fixed); all fields on submit, and
 * nothing is sent while any field is wrong.
 */
export function useFormulier<T extends object, V extends keyof T & string>(regels: Formulierregels<T, V>, begin: T) {
  const [invoer, setInvoer] = useState(begin);
  const [fouten, setFouten] = useState<Fouten<V>>({});
  /** Counts submits refused in the browser, so the error summary takes focus on each of them. */
  const [poging, setPoging] = useState(0);

  const controleerVeld = (veld: V, waarden: T) => setFouten((f) => ({ ...f, [veld]: regels.controles[veld](waarden, vandaag()) }));

  function zet<K extends V>(veld: K, waarde: T[K]) {
    const nieuw = { ...invoer, [veld]: waarde };
    setInvoer(nieuw);
    if (fouten[veld]) controleerVeld(veld, nieuw);
  }

  /** True when every field passes; otherwise shows all errors. */
  function controleer(): boolean {
    const alle = controleerAlles(regels, invoer, vandaag());
    setFouten(alle);
    if (Object.keys(alle).length === 0) return true;
    setPoging((p) => p + 1);
    return false;
  }

  /** A refused request: a 400's field errors go on the fields; what is left is returned to show above the button. */
  function plaatsFout(reden: unknown): Error | undefined {
    // fetch only fails like this when the request never got an answer; the same submit may simply be tried again.
    if (!(reden instanceof ApiProblem)) return new Error('Het versturen is niet gelukt. Controleer de verbinding en probeer het opnieuw.');
    if (reden.status !== 400) return reden;
    const { fouten: vanServer, overig } = foutenVanServer(regels, reden.errors, invoer, vandaag());
    setFouten(vanServer);
    if (Object.keys(vanServer).length > 0) setPoging((p) => p + 1);
    return overig.length > 0 ? reden : undefined;
  }

  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<Error>();
  /** The submit handler: checks every field, then runs `actie` with the form's values. */
  const verstuur = (actie: (waarden: T) => Promise<void>) => async (e: FormEvent) => {
    e.preventDefault();
    setFout(undefined);
    if (!controleer()) return;
    setBezig(true);
    try {
      await actie(invoer);
    } catch (reden) {
      setFout(plaatsFout(reden));
    } finally {
      setBezig(false);
    }
  };

  /** The props that wire a text field or list to one form field. */
  const veld = (naam: V) => ({
    name: naam,
    value: String(invoer[naam]),
    fout: fouten[naam],
    onChange: (e: { target: { value: string } }) => zet(naam, e.target.value as T[V]),
    onBlur: () => controleerVeld(naam, invoer),
  });

  const lijst = (Object.keys(regels.controles) as V[]).flatMap((v) => (fouten[v] ? [{ veld: v, bericht: fouten[v] }] : []));
  return { invoer, zet, veld, verstuur, bezig, fout, fouten: lijst, poging };
}

export type Formulier<T extends object, V extends keyof T & string> = ReturnType<typeof useFormulier<T, V>>;
