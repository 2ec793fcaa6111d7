import type { components } from '../../api/generated/subsidies';

/** The subsidies service's answers, as its OpenAPI document describes them. */
type Schemas = components['schemas'];
export type Regeling = Schemas['Regeling'];
export type KostenregelsPagina = Schemas['KostenregelsPagina'];
export type DeclaratieRegelsPagina = Schemas['DeclaratieRegelsPagina'];
export type Declaratie = Schemas['Declaratie'];

/** The states a claim goes through; the document gives `status` as text, the screens name each one. */
export type DeclaratieStatus = 'in-bewerking' | 'concept' | 'ingediend';

/**
 * The ESF+ indicators of a compiled claim. The document gives them as an open object (their groups follow the
 * counting definition), so this is the one shape the screens still describe themselves. The fields since issue
 * 15 are optional: a claim compiled before keeps its stored indicators.
 */
export interface Indicatoren {
  peildatum?: string;
  deelnemers: number;
  metArbeidsbeperking: number;
  kenmerken?: Record<string, number>;
  /** Per indicator, the participants left out of it because their data for it is missing. */
  onvolledig?: Record<string, number>;
  resultaten: Record<string, number>;
  nogNietBekend?: Record<string, number>;
  duurzaamGeplaatst?: number;
  [groep: `per${string}`]: Record<string, number>;
}
