export type Verificatie =
  | {
      geldig: true;
      uitgegevenDoor: string;
      geldigVanaf: string;
      onderwerp: {
        naam: string;
        resultaat: { soort: string; omschrijving: string; behaaldOp: string; organisatie: string };
      };
    }
  | { geldig: false; reden: string };

/** The public check of a credential: no session, so no token goes with it (the portaal lets this one route through). */
export async function verifieer(credential: string): Promise<Verificatie> {
  const antwoord = await fetch('/api/trajecten/credentials/verificaties', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
    body: JSON.stringify({ credential }),
  });
  // A body the service cannot read at all (400) is, for the person checking, simply not a credential.
  if (antwoord.status === 400) return { geldig: false, reden: 'onleesbaar' };
  if (!antwoord.ok) throw new Error('De controle is nu niet mogelijk. Probeer het later opnieuw.');
  return (await antwoord.json()) as Verificatie;
}
