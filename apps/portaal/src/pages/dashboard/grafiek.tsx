import { ReactNode, useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { alsGetal } from '../../components/opmaak';

/** Series colours with at least 3:1 contrast on white (WCAG 1.4.11), told apart by the legend as well. */
const KLEUREN = ['#0b4f8a', '#a34700', '#0a6b32', '#6b2c91', '#a3123a'];

export interface Reeks<T> {
  sleutel: keyof T & string;
  naam: string;
}

/**
 * A bar chart with its figures also as a table: the chart for the eye, the table (behind "Toon als tabel") for
 * screen readers and for reading exact numbers. The chart itself is one labelled image.
 */
export function Staafgrafiek<T extends object>({
  titel,
  uitleg,
  data,
  categorie,
  categorieNaam,
  reeksen,
  liggend = false,
}: {
  titel: string;
  uitleg: ReactNode;
  data: T[];
  categorie: (rij: T) => string;
  categorieNaam: string;
  reeksen: Reeks<T>[];
  liggend?: boolean;
}) {
  const id = useId();
  const rijen = data.map((rij) => ({ ...rij, __categorie: categorie(rij) }));
  return (
    <section className="kaart grafiek" aria-labelledby={`${id}-titel`}>
      <h2 id={`${id}-titel`}>{titel}</h2>
      <p className="hint">{uitleg}</p>
      {data.length === 0 ? (
        <p>Nog geen gegevens in deze periode.</p>
      ) : (
        <>
          <div
            role="img"
            aria-label={`${titel}: staafgrafiek, de cijfers staan in de tabel hieronder`}
            className="grafiek-vlak"
          >
            <ResponsiveContainer width="100%" height={liggend ? Math.max(220, rijen.length * 44) : 280}>
              <BarChart
                data={rijen}
                layout={liggend ? 'vertical' : 'horizontal'}
                margin={{ left: liggend ? 40 : 0, right: 16 }}
                accessibilityLayer={false}
              >
                <CartesianGrid strokeDasharray="3 3" stroke="#c4c9d1" />
                {liggend ? (
                  <XAxis type="number" allowDecimals={false} stroke="#4a4a4a" />
                ) : (
                  <XAxis dataKey="__categorie" stroke="#4a4a4a" />
                )}
                {liggend ? (
                  <YAxis type="category" dataKey="__categorie" width={130} stroke="#4a4a4a" />
                ) : (
                  <YAxis allowDecimals={false} stroke="#4a4a4a" />
                )}
                <Tooltip formatter={(v) => alsGetal(Number(v))} />
                <Legend />
                {reeksen.map((r, i) => (
                  <Bar
                    key={r.sleutel}
                    dataKey={(rij: T) => Number(rij[r.sleutel] ?? 0)}
                    name={r.naam}
                    fill={KLEUREN[i % KLEUREN.length]}
                    isAnimationActive={false}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <details>
            <summary>Toon als tabel</summary>
            <div className="tabel-schuif">
              <table>
                <caption className="visueel-verborgen">{titel}</caption>
                <thead>
                  <tr>
                    <th scope="col">{categorieNaam}</th>
                    {reeksen.map((r) => (
                      <th scope="col" className="getal" key={r.sleutel}>
                        {r.naam}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rijen.map((rij) => (
                    <tr key={rij.__categorie}>
                      <th scope="row">{rij.__categorie}</th>
                      {reeksen.map((r) => (
                        <td className="getal" key={r.sleutel}>
                          {alsGetal(Number(rij[r.sleutel] ?? 0))}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
