import { KeyboardEvent, useId, useState } from 'react';
import type { Keuze } from './typen';

/**
 * Skills as free text: any words the employer uses; the vocabulary beheer keeps is offered as suggestions (datalist).
 * The service maps a label, code or synonym onto the vocabulary and keeps anything else as a free skill.
 */
export function SkillsInvoer({
  suggesties,
  gekozen,
  wijzig,
}: {
  suggesties: Keuze[];
  gekozen: string[];
  wijzig: (skills: string[]) => void;
}) {
  const id = useId();
  const [tekst, setTekst] = useState('');
  const voegToe = () => {
    const skill = tekst.trim();
    if (skill && !gekozen.some((g) => g.toLowerCase() === skill.toLowerCase())) wijzig([...gekozen, skill]);
    setTekst('');
  };
  // Enter adds the skill instead of sending the whole form.
  const opToets = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    voegToe();
  };
  return (
    <fieldset>
      <legend>Vaardigheden</legend>
      <p id={`${id}-hint`} className="hint">
        Typ wat iemand voor deze vacature nodig heeft, in eigen woorden of uit de suggesties. Zo vinden we passende
        kandidaten.
      </p>
      <div className="rij">
        <div className="veld">
          <label htmlFor={id}>Vaardigheid</label>
          <input
            id={id}
            list={`${id}-lijst`}
            aria-describedby={`${id}-hint`}
            value={tekst}
            onChange={(e) => setTekst(e.target.value)}
            onKeyDown={opToets}
          />
          <datalist id={`${id}-lijst`}>
            {suggesties.map((s) => (
              <option key={s.waarde} value={s.tekst} />
            ))}
          </datalist>
        </div>
        <button type="button" className="knop knop-licht" onClick={voegToe}>
          Vaardigheid toevoegen
        </button>
      </div>
      {gekozen.length > 0 && (
        <ul aria-label="Gekozen vaardigheden" className="vaardigheden">
          {gekozen.map((s) => (
            <li key={s}>
              {s}{' '}
              <button
                type="button"
                className="knop knop-licht"
                onClick={() => wijzig(gekozen.filter((g) => g !== s))}
                aria-label={`Verwijder ${s}`}
              >
                Verwijder
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
