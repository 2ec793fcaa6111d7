import { BEHEER, FRONTOFFICE } from './persoon-door-de-keten';
import type { Keten } from './keten';

/** Front office merges `vervallen` into `behouden` (the two records are one person). */
export async function voegSamen(keten: Keten, behouden: string, vervallen: string): Promise<void> {
  const res = await keten.call('intake', FRONTOFFICE, 'POST', `/api/v1/inwoners/${behouden}/samenvoegingen`, {
    vervallenInwonerId: vervallen,
    reden: 'Dezelfde persoon, tweemaal aangemeld (eenmaal zonder BSN)',
  });
  if (res.status !== 201 && res.status !== 200)
    throw new Error(`merge ${vervallen} into ${behouden}: ${res.status} ${JSON.stringify(res.body)}`);
}

/** Whether intake proposes the two records as possible duplicates (in either direction). */
export async function alsDubbelVoorgesteld(keten: Keten, a: string, b: string): Promise<boolean> {
  const { body } = await keten.expect(
    200,
    'intake',
    FRONTOFFICE,
    'GET',
    '/api/v1/mogelijke-dubbelen?paginagrootte=200',
  );
  return (body.items as { inwonerId: string; kandidaatId: string }[]).some(
    (d) => (d.inwonerId === a && d.kandidaatId === b) || (d.inwonerId === b && d.kandidaatId === a),
  );
}

/** The trajecten trajecten lists for an inwonerId (ids only). */
export async function trajectIds(keten: Keten, inwonerId: string): Promise<string[]> {
  const { body } = await keten.expect(200, 'trajecten', BEHEER, 'GET', `/api/v1/trajecten?inwonerId=${inwonerId}`);
  return (body.items as { id: string }[]).map((t) => t.id).sort();
}
