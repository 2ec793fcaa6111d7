import { useId } from 'react';

/** A yes/no question as two radio buttons in a fieldset, so the question is read with each answer. */
export function JaNee({
  vraag,
  waarde,
  onChange,
}: {
  vraag: string;
  waarde: boolean;
  onChange: (waarde: boolean) => void;
}) {
  const id = useId();
  return (
    <fieldset className="ja-nee">
      <legend>{vraag}</legend>
      {[true, false].map((antwoord) => (
        <div key={String(antwoord)} className="vinkje">
          <input
            id={`${id}-${antwoord}`}
            type="radio"
            name={id}
            checked={waarde === antwoord}
            onChange={() => onChange(antwoord)}
          />
          <label htmlFor={`${id}-${antwoord}`}>{antwoord ? 'Ja' : 'Nee'}</label>
        </div>
      ))}
    </fieldset>
  );
}
