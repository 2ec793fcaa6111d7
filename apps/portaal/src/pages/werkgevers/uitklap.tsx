import { ReactNode } from 'react';

/**
 * A small form folded away in a table row, keyboard-operable as a native details element; its summary is named
 * after the row's subject (`onderwerp`) so a screen reader tells the rows' buttons apart.
 */
export function Uitklap({ titel, onderwerp, children }: { titel: string; onderwerp: string; children: ReactNode }) {
  return (
    <details className="plaatsing-actie">
      <summary aria-label={`${titel}: ${onderwerp}`}>{titel}</summary>
      {children}
    </details>
  );
}
