import request from 'supertest';
import type { Role } from '@wiz/platform';
import type { IntakeTestApp } from './intake-test-app';

/** PATCH (with If-Match) as one role of one organisation: the platform's test client has only GET, POST and PUT. */
export async function patcher(t: IntakeTestApp, role: Role, organisatie = 'GM0014') {
  const token = await t.run.token({ role, organisatie });
  return (url: string, body: object, ifMatch?: string) => {
    const r = request(t.app.getHttpServer()).patch(url).set('Authorization', `Bearer ${token}`);
    return (ifMatch === undefined ? r : r.set('If-Match', ifMatch)).send(body);
  };
}

/** The events of one type this app wrote to its outbox for one inwoner (the envelope's subject). */
export async function inOutbox(t: IntakeTestApp, type: string, inwonerId: string): Promise<Record<string, any>[]> {
  const rows = await t.query<{ envelope: { data: Record<string, any> } }>(
    `SELECT envelope FROM outbox WHERE envelope->>'type' = $1 AND envelope->>'subject' = $2 ORDER BY seq`,
    [type, inwonerId],
  );
  return rows.map((r) => r.envelope.data);
}
