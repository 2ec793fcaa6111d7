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

const beschrijving = (id: string, hint?: ReactNode, fout?: string) =>
  [hint && `${id}-hint`, fout && `${id}-fout`].filter(Boolean).join(' ') || undefined;

/** The frame every field shares: label, hint and error, and the aria attributes that tie them to the control. */
function Veld({
  label,
  fout,
  hint,
  verplicht,
  children,
}: VeldBasis & {
  verplicht?: boolean;
  children: (aria: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={`veld${fout ? ' veld-fout' : ''}`}>
      <label htmlFor={id}>
        {label}
        {verplicht && <span className="verplicht"> (verplicht)</span>}
      </label>
      <Omschrijving id={id} hint={hint} fout={fout} />
      {children({ id, 'aria-invalid': fout ? true : undefined, 'aria-describedby': beschrijving(id, hint, fout) })}
    </div>
  );
}

/** A labelled input with its hint and error, tied together for assistive technology. */
export function Tekstveld({ label, fout, hint, ...input }: VeldBasis & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Veld {...{ label, fout, hint }} verplicht={input.required}>
      {(aria) => <input {...aria} {...input} />}
    </Veld>
  );
}

export function Tekstvak({ label, fout, hint, ...input }: VeldBasis & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Veld {...{ label, fout, hint }} verplicht={input.required}>
      {(aria) => <textarea {...aria} {...input} />}
    </Veld>
  );
}

export function Keuzelijst({
  label,
  fout,
  hint,
  opties,
  ...select
}: VeldBasis & SelectHTMLAttributes<HTMLSelectElement> & { opties: readonly { waarde: string; tekst: string }[] }) {
  return (
    <Veld {...{ label, fout, hint }} verplicht={select.required}>
      {(aria) => (
        <select {...aria} {...select}>
          {opties.map((o) => (
            <option key={o.waarde} value={o.waarde}>
              {o.tekst}
            </option>
          ))}
        </select>
      )}
    </Veld>
  );
}

export function Vinkje({
  label,
  hint,
  ...input
}: { label: string; hint?: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
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
