import { Client } from 'pg';
import { kolommen } from './kolommen';

/** The values that identify one person, as they were registered at intake. */
export interface Persoon {
  voornaam: string;
  achternaam: string;
  geboortedatum: string; // YYYY-MM-DD
  postcode: string; // 9745XK
  email: string;
  bsn: string;
}

/** Each value in the spellings it may be stored or logged in; matched case-insensitively. */
export function spellingen(p: Persoon): string[] {
  const [jaar, maand, dag] = p.geboortedatum.split('-');
  const pc = p.postcode.replace(/\s/g, '');
  return [
    p.voornaam,
    p.achternaam,
    p.geboortedatum,
    `${dag}-${maand}-${jaar}`,
    pc,
    `${pc.slice(0, 4)} ${pc.slice(4)}`,
    p.email,
    p.bsn,
  ].filter((waarde) => waarde !== ''); // a person registered without BSN has none to look for
}

/** Where a value was found: `<database>:<table>.<column>`, `events #<seq> <subject>`, `logs <service>`. */
export interface Vondst {
  waar: string;
  waarde: string;
  voorbeeld?: string;
}

// Every column but uuid and boolean is read as text: a date column holding the birth date, or a number holding the
// BSN, counts as much as a text column holding the name. bytea is read as its escaped text, where stored UTF-8 appears as itself.
const ALS_TEKST = (kolom: string, type: string) => (type === 'bytea' ? `encode(${kolom}, 'escape')` : `${kolom}::text`);

/** Scans every column of every table of one database (all schemas but the system's) for the person's values. */
export async function scanDatabase(label: string, url: string, zoek: string[]): Promise<Vondst[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const bronnen = await kolommen(client, "c.data_type NOT IN ('uuid', 'boolean')");
    const vondsten: Vondst[] = [];
    const patronen = zoek.map((z) => `%${z.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    for (const { schema, tabel, kolom, type } of bronnen) {
      const expr = ALS_TEKST(`"${kolom}"`, type);
      const rijen = await client.query<{ tekst: string }>(
        `SELECT ${expr} AS tekst FROM "${schema}"."${tabel}" WHERE ${expr} ILIKE ANY($1::text[]) LIMIT 5`,
        [patronen],
      );
      for (const { tekst } of rijen.rows)
        for (const waarde of zoek.filter((z) => tekst.toLowerCase().includes(z.toLowerCase())))
          vondsten.push({ waar: `${label}:${tabel}.${kolom}`, waarde, voorbeeld: fragment(tekst, waarde) });
    }
    return vondsten;
  } finally {
    await client.end();
  }
}

/** Scans one text (a log, an event) for the person's values. */
export function scanTekst(waar: string, tekst: string, zoek: string[]): Vondst[] {
  const klein = tekst.toLowerCase();
  return zoek
    .filter((z) => klein.includes(z.toLowerCase()))
    .map((waarde) => ({ waar, waarde, voorbeeld: fragment(tekst, waarde) }));
}

function fragment(tekst: string, waarde: string): string {
  const i = tekst.toLowerCase().indexOf(waarde.toLowerCase());
  return tekst.slice(Math.max(0, i - 40), i + waarde.length + 40);
}

/** One line per hit, for a failure message that says exactly where the person still is. */
export function beschrijf(vondsten: Vondst[]): string {
  return vondsten.map((v) => `${v.waar} contains "${v.waarde}": …${v.voorbeeld}…`).join('\n');
}
