import { ChangeEvent, useState } from 'react';

/**
 * The state of a simple form: text values by field, Dutch field errors from the page's own checks, and a change
 * handler per field for the velden components.
 */
export function useVeldenStaat<V extends string>(begin: Record<V, string>) {
  const [waarden, setWaarden] = useState(begin);
  const [fouten, setFouten] = useState<Partial<Record<V, string>>>({});
  const wijzig = (veld: V) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setWaarden((w) => ({ ...w, [veld]: e.target.value }));
  /** Runs the checks; true when there is nothing to fix. */
  const controleer = (regels: (w: Record<V, string>) => Partial<Record<V, string | undefined>>) => {
    const gevonden = Object.fromEntries(Object.entries(regels(waarden)).filter(([, f]) => f)) as Partial<Record<V, string>>;
    setFouten(gevonden);
    return Object.keys(gevonden).length === 0;
  };
  const veld = (naam: V) => ({ value: waarden[naam], onChange: wijzig(naam), fout: fouten[naam] });
  return { waarden, veld, controleer, herstel: () => setWaarden(begin) };
}
