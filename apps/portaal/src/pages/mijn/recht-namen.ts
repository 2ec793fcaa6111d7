import type { Recht } from './api';

/** The rights, in the words a person would ask for them (B1); the privacy officer's tab shows them the same way. */
export const RECHT_NAMEN: Record<Recht, string> = {
  wissen: 'Wis mijn gegevens',
  beperken: 'Gebruik mijn gegevens even niet',
  bezwaar: 'Ik maak bezwaar tegen het gebruik van mijn gegevens',
};
