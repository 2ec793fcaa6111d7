import type { components } from '../../api/generated/trajecten';

/** The answer of trajecten's public check: geldig with what it says, or the reason it is not. */
export type Verificatie = components['schemas']['Verificatie'];

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
