import { ChangeEvent, FormEvent, useState } from 'react';
import { ApiProblem } from '../../api/client';

export type Veldfouten = Record<string, string>;

/** A form's values with change handlers for its text fields, selects and checkboxes. */
export function useVelden<T extends Record<string, string | boolean>>(begin: T) {
  const [waarden, zet] = useState<T>(begin);
  const tekst = (naam: keyof T & string) => ({
    name: naam,
    value: waarden[naam] as string,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => zet((w) => ({ ...w, [naam]: e.target.value })),
  });
  const vinkje = (naam: keyof T & string) => ({
    name: naam,
    checked: waarden[naam] as boolean,
    onChange: (e: ChangeEvent<HTMLInputElement>) => zet((w) => ({ ...w, [naam]: e.target.checked })),
  });
  return { waarden, tekst, vinkje, herstel: () => zet(begin) };
}

/**
 * Sending a form: first the browser-side checks (each error shown at its field, focus on the first), then the
 * request; a refusal is kept for `Probleem`, a success handed to `gelukt`.
 */
export function useVersturen<T>(opties: { controleer?: () => Veldfouten; verstuur: () => Promise<T>; gelukt: (resultaat: T) => void }) {
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<ApiProblem | Error>();
  const [veldfouten, setVeldfouten] = useState<Veldfouten>({});
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formulier = e.currentTarget;
    const fouten = opties.controleer?.() ?? {};
    setVeldfouten(fouten);
    setFout(undefined);
    if (Object.keys(fouten).length > 0) {
      requestAnimationFrame(() => formulier.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBezig(true);
    try {
      opties.gelukt(await opties.verstuur());
    } catch (x) {
      setFout(x as Error);
    } finally {
      setBezig(false);
    }
  };
  return { bezig, fout, veldfouten, onSubmit };
}
