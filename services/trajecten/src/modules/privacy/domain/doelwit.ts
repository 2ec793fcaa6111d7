/** What a request names: a traject, a follow-up or a handover by id, or an inwoner (the worklist's filter). */
export type Doelwit =
  { soort: 'trajecten' | 'opvolgingen' | 'overdrachten'; id: string } | { soort: 'inwoner'; id: string };

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const PAD = new RegExp(`^/api/v1/(trajecten|opvolgingen|overdrachten)/(${UUID})(?:/|$)`);
const WERKLIJST = /^\/api\/v1\/trajecten$/;
const ALLEEN_UUID = new RegExp(`^${UUID}$`);

/** The traject, follow-up, handover or inwoner a request is about, from its path (or the worklist's inwonerId). */
export function doelwitVan(url: string): Doelwit | undefined {
  const [pad, zoek = ''] = url.split('?', 2);
  const m = PAD.exec(pad);
  if (m) return { soort: m[1] as 'trajecten' | 'opvolgingen' | 'overdrachten', id: m[2] };
  const inwonerId = new URLSearchParams(zoek).get('inwonerId');
  if (WERKLIJST.test(pad) && inwonerId && ALLEEN_UUID.test(inwonerId)) return { soort: 'inwoner', id: inwonerId };
  return undefined;
}
