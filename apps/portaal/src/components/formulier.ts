import { ChangeEvent, FormEvent, useEffect, useRef, useState } from 'react';
import { ApiProblem } from '../api/client';
import { controleerAlles, Formulierregels, foutenVanServer } from '../rules/formulier';
import { vandaag } from './opmaak';

/** A form's field errors: the Dutch message per field that is wrong. */
export type Veldfouten<V extends string = string> = Partial<Record<V, string>>;
/** Every form value is what an input holds: text, or a tick for a checkbox. */
type Waarden<T> = { [K in keyof T]: string | boolean };
/** A form's checks over all its values at once (one field may depend on another); undefined where a field is fine. */
export type Regels<T> = (waarden: T) => Partial<Record<keyof T & string, string | undefined>>;

/**
 * A form's values and the errors shown at its fields. The checks run on submit (`controleer`); with
 * `tijdensInvullen` also when the user leaves a field and, once it shows an error, on every change, so the error
 * goes away as soon as it is fixed.
 */
export function useVelden<T extends Waarden<T>>(begin: T, regels: Regels<T>, { tijdensInvullen = false } = {}) {
  type V = keyof T & string;
  const [waarden, setWaarden] = useState(begin);
  const [fouten, toon] = useState<Veldfouten<V>>({});
  const controleerVeld = (naam: V, w: T) => toon((f) => ({ ...f, [naam]: regels(w)[naam] }));
  function zet(naam: V, waarde: T[V]) {
    const nieuw = { ...waarden, [naam]: waarde };
    setWaarden(nieuw);
    if (tijdensInvullen && fouten[naam]) controleerVeld(naam, nieuw);
  }
  /** Props for Tekstveld, Tekstvak and Keuzelijst; the name lets an error summary's link find the field. */
  const veld = (naam: V) => ({
    name: naam,
    value: String(waarden[naam]),
    fout: fouten[naam],
    onChange: (e: { target: { value: string } }) => zet(naam, e.target.value as T[V]),
    onBlur: tijdensInvullen ? () => controleerVeld(naam, waarden) : undefined,
  });
  const vinkje = (naam: V) => ({
    name: naam,
    checked: waarden[naam] as boolean,
    onChange: (e: ChangeEvent<HTMLInputElement>) => zet(naam, e.target.checked as T[V]),
  });
  /** Runs every check and shows each error at its field; returns them (none: the form may be sent). */
  const controleer = (): Veldfouten<V> => {
    const gevonden = Object.fromEntries(Object.entries(regels(waarden)).filter(([, f]) => f)) as Veldfouten<V>;
    toon(gevonden);
    return gevonden;
  };
  return { waarden, fouten, veld, vinkje, controleer, toon, herstel: () => setWaarden(begin) };
}

/** The state of one request: busy, refused (shown by Probleem) or done (the confirmation, shown by Gelukt). */
export function useActie() {
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<Error>();
  const [gelukt, setGelukt] = useState<string>();
  const wis = () => {
    setFout(undefined);
    setGelukt(undefined);
  };
  /** Runs `werk`, whose answer is the confirmation; `weigering` decides what a refusal shows. True when it worked. */
  const voer = async (
    werk: () => Promise<string | void>,
    weigering = (reden: unknown): Error | undefined => reden as Error,
  ): Promise<boolean> => {
    setBezig(true);
    wis();
    try {
      setGelukt((await werk()) || undefined);
      return true;
    } catch (reden) {
      setFout(weigering(reden));
      return false;
    } finally {
      setBezig(false);
    }
  };
  return { bezig, fout, gelukt, voer, wis };
}

// An error summary (Foutoverzicht) stands above the fields, so when a form has one it is found first.
const EERST_HERSTELLEN = '[data-foutoverzicht], [aria-invalid="true"]';

/**
 * Sending a form: first the browser-side checks (any error stops it), then the request. After every refused submit
 * focus goes to what needs fixing (WCAG 3.3.1): the error summary, or else the first wrong field. `gelukt` may
 * return the confirmation to show.
 */
export function useVersturen<R>(opties: {
  controleer?: () => Veldfouten;
  verstuur: () => Promise<R>;
  gelukt?: (resultaat: R) => string | void;
  weigering?: (reden: unknown) => Error | undefined;
}) {
  const actie = useActie();
  const [poging, setPoging] = useState(0);
  const formulier = useRef<HTMLFormElement>(null);
  // An effect, so the render that shows the errors (aria-invalid, the summary) is in the page before focus moves.
  useEffect(() => {
    if (poging > 0) formulier.current?.querySelector<HTMLElement>(EERST_HERSTELLEN)?.focus();
  }, [poging]);
  const controleerEnVerstuur = async () => {
    if (Object.keys(opties.controleer?.() ?? {}).length > 0) actie.wis();
    else if (
      await actie.voer(() => opties.verstuur().then((resultaat) => opties.gelukt?.(resultaat)), opties.weigering)
    )
      return;
    setPoging((p) => p + 1);
  };
  // React does not wait for a handler's promise; `voer` catches a failed request and shows it, so none is lost.
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    formulier.current = e.currentTarget;
    void controleerEnVerstuur();
  };
  return { ...actie, poging, onSubmit };
}

/**
 * A form checked by Formulierregels (src/rules): checked while filling in and on submit, with a service's 400 shown
 * on the fields it names. `foutenlijst` feeds the error summary, in the order of the fields on screen.
 */
export function useRegelformulier<T extends Waarden<T>>(
  regels: Formulierregels<T, keyof T & string>,
  begin: T,
  verstuur: (waarden: T) => Promise<unknown>,
) {
  const velden = useVelden(begin, (w) => controleerAlles(regels, w, vandaag()), { tijdensInvullen: true });
  const versturen = useVersturen({
    controleer: velden.controleer,
    verstuur: () => verstuur(velden.waarden),
    weigering: (reden) => {
      // fetch only fails like this when the request never got an answer; the same submit may simply be tried again.
      if (!(reden instanceof ApiProblem))
        return new Error('Het versturen is niet gelukt. Controleer de verbinding en probeer het opnieuw.');
      if (reden.status !== 400) return reden;
      const { fouten, overig } = foutenVanServer(regels, reden.errors, velden.waarden, vandaag());
      velden.toon(fouten);
      return overig.length > 0 ? reden : undefined;
    },
  });
  const foutenlijst = (Object.keys(regels.controles) as (keyof T & string)[]).flatMap((veld) =>
    velden.fouten[veld] ? [{ veld, bericht: velden.fouten[veld] }] : [],
  );
  return { ...velden, ...versturen, foutenlijst };
}

export type Regelformulier<T extends Waarden<T>> = ReturnType<typeof useRegelformulier<T>>;
