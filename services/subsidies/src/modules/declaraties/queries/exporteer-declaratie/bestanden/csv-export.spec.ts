import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { alsTekstCel, schrijfCsv } from './csv-export';
import type { DeclaratieRegel as ExportRegel } from '../../../../kostenregels/kostenregels.port';

describe('CSV export against formula injection (OWASP)', () => {
  it.each(['=1+1', '+31', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'neutralises %j with a leading quote, quoted',
    (tekst) => {
      expect(alsTekstCel(tekst)).toEqual({ value: `'${tekst}`, quoted: true });
    },
  );

  it('leaves other text as it is', () => {
    expect(alsTekstCel('laptop = 1')).toBe('laptop = 1');
    expect(alsTekstCel('')).toBe('');
  });

  it('writes the neutralised text so a CSV reader gets it back with the quote, in one cell', async () => {
    const regel: ExportRegel = {
      kostenregel_id: 'k-1',
      opgenomen: true,
      reden: null,
      datum: '2026-04-01',
      soort: 'materiaal',
      bedrag_centen: '100',
      inwoner_id: null,
      bewijsstuk: '\rbon',
      omschrijving: '=HYPERLINK("https://x.example","klik")',
    };
    async function* regels() {
      yield [regel];
    }
    const out = new PassThrough();
    const tekst: Buffer[] = [];
    out.on('data', (d: Buffer) => tekst.push(d));
    await schrijfCsv(out, regels());
    const [rij] = parse<Record<string, string>>(Buffer.concat(tekst).toString(), { columns: true });
    expect([rij.omschrijving, rij.bewijsstuk, rij.bedragCenten]).toEqual([
      `'=HYPERLINK("https://x.example","klik")`,
      "'\rbon",
      '100',
    ]);
  });
});
