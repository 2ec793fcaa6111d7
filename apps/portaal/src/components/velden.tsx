import { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes, useId } from 'react';

interface VeldBasis {
  label: string;
  fout?: string;
  hint?: ReactNode;
}

function Omschrijving({ id, hint, fout }: { id: string; hint?: ReactNode; fout?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {fout && (
        <p id={`${id}-fout`} className="veldfout">
          <span aria-hidden="true">⚠ </span>
          {fout}
        </p>
      )}
    </>
  );
}

const beschrijving = (id: string, hint?: ReactNode, fout?: string) => [hint && `${id}-hint`, fout && `${id}-fout`].filter(Boolean).join(' ') || undefined;

/** A labelled input with its hint and error, tied together for assistive technology. */
export function Tekstveld({ label, fout, hint, ...input }: VeldBasis & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <div className={`veld${fout ? ' veld-fout' : ''}`}>
      <label htmlFor={id}>
        {label}
        {input.required && <span className="verplicht"> (verplicht)</span>}
      </label>
      <Omschrijving id={id} hint={hint} fout={fout} />
      <input id={id} aria-invalid={fout ? true : undefined} aria-describedby={beschrijving(id, hint, fout)} {...input} />
    </div>
  );
}

export function Tekstvak({ label, fout, hint, ...input }: VeldBasis & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  return (
    <div className={`veld${fout ? ' veld-fout' : ''}`}>
      <label htmlFor={id}>
        {label}
        {input.required && <span className="verplicht"> (verplicht)</span>}
      </label>
      <Omschrijving id={id} hint={hint} fout={fout} />
      <textarea id={id} aria-invalid={fout ? true : undefined} aria-describedby={beschrijving(id, hint, fout)} {...input} />
    </div>
  );
}

export function Keuzelijst({
  label,
  fout,
  hint,
  opties,
  ...select
}: VeldBasis & SelectHTMLAttributes<HTMLSelectElement> & { opties: readonly { waarde: string; tekst: string }[] }) {
  const id = useId();
  return (
    <div className={`veld${fout ? ' veld-fout' : ''}`}>
      <label htmlFor={id}>
        {label}
        {select.required && <span className="verplicht"> (verplicht)</span>}
      </label>
      <Omschrijving id={id} hint={hint} fout={fout} />
      <select id={id} aria-invalid={fout ? true : undefined} aria-describedby={beschrijving(id, hint, fout)} {...select}>
        {opties.map((o) => (
          <option key={o.waarde} value={o.waarde}>
            {o.tekst}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Vinkje({ label, hint, ...input }: { label: string; hint?: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <div className="vinkje">
      <input id={id} type="checkbox" aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
