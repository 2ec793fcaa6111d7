/** One refused cell of an import, as a person finds it in the sheet. */
export interface ImportFout {
  rij: number | undefined;
  kolom: string;
  melding: string;
}

// The import's messages come from the service in English; these say the same in Dutch. Order matters: the first
// match wins, so the specific messages come before the general ones.
const VERTALINGEN: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^unknown column$/, () => 'Onbekende kolom. Controleer de spelling van de kolomnaam.'],
  [/decimal comma/, () => 'Schrijf hele centen zonder komma, bijvoorbeeld 1250 voor € 12,50.'],
  [
    /not a whole number of cents/,
    () => 'Dit is geen heel aantal centen. Gebruik alleen cijfers, bijvoorbeeld 1250 voor € 12,50.',
  ],
  [/larger than any amount/, () => 'Dit bedrag is te groot.'],
  [/must not be negative/, () => 'Het bedrag mag niet negatief zijn.'],
  [/real calendar date/, () => 'Vul een bestaande datum in als JJJJ-MM-DD, bijvoorbeeld 2026-03-01.'],
  [/must not be empty/, () => 'Dit veld mag niet leeg zijn.'],
  [/at most (\d+) characters/, (m) => `Gebruik hoogstens ${m[1]} tekens.`],
  [/must be one of (.+)$/, (m) => `Kies een van: ${m[1]}.`],
  [/must be a uuid/, () => 'Vul een geldig inwoner-ID in.'],
  [/must be a regeling code/, () => 'Vul een regelingcode in, zoals JTF.'],
  [/^unknown regeling (.+)$/, (m) => `Regeling ${m[1]} bestaat niet. Voeg haar eerst toe bij Regelingen.`],
  [/^regeling (\S+) has no cost kind (\S+)$/, (m) => `Regeling ${m[1]} kent geen kostensoort ${m[2]}.`],
  [/not both/, () => 'Vul bedragCenten óf uren met uurtariefCenten in, niet allebei.'],
  [/^required: bedragCenten/, () => 'Vul bedragCenten in, of uren met uurtariefCenten.'],
  [/must be personeel/, () => 'Uren met een uurtarief kan alleen bij soort personeel.'],
  [/required together with (\w+)/, (m) => `Verplicht samen met ${m[1]}.`],
  [/hours|decimal point/, () => 'Schrijf uren met een punt en hoogstens 2 decimalen, bijvoorbeeld 7.5.'],
  [/received undefined|required/i, () => 'Dit veld is verplicht.'],
];

export function meldingInHetNederlands(melding: string): string {
  for (const [patroon, tekst] of VERTALINGEN) {
    const match = patroon.exec(melding);
    if (match) return tekst(match);
  }
  return `Niet goed ingevuld (${melding}).`;
}

/** The service names a cell as "rij 3.bedragCenten". */
export function leesImportFout({ field, message }: { field: string; message: string }): ImportFout {
  const match = /^rij (\d+)\.(.+)$/.exec(field);
  return {
    rij: match ? Number(match[1]) : undefined,
    kolom: match?.[2] ?? field,
    melding: meldingInHetNederlands(message),
  };
}
