import { connect } from '@nats-io/transport-node';
import { SERVICE_NAMES } from '@wiz/platform';
import { readStream } from '@wiz/platform/testing';
import type { Keten } from './keten';
import { FINANCIEN, MONITOR, PRIVACY } from './persoon-door-de-keten';
import { Persoon, scanDatabase, scanTekst, spellingen, Vondst } from './persoonsgegevens-scan';
import { toegepastDoor, totRust } from './tot-rust';

/**
 * The privacy officer grants an erasure request at intake; then waits until trajecten, werkgevers and subsidies have
 * each applied inwoner-gewist (a row in their inbox) and everything has settled. Returns the dead letters.
 */
export async function wis(keten: Keten, inwonerId: string): Promise<string[]> {
  await keten.expect(201, 'intake', PRIVACY, 'POST', `/api/v1/inwoners/${inwonerId}/wisverzoeken`, {
    reden: 'Verzoek van betrokkene (AVG art. 17), geen bewaarplicht meer',
  });
  await toegepastDoor(keten, ['trajecten', 'werkgevers', 'subsidies'], 'inwoner-gewist');
  return totRust(keten);
}

/** Every trace of the person: all four databases (every column), every message of the run's stream, every log line. */
export async function sporen(keten: Keten, p: Persoon): Promise<{ vondsten: Vondst[]; subjects: string[] }> {
  const { run } = keten;
  const zoek = spellingen(p);
  const vondsten: Vondst[] = [];
  for (const service of SERVICE_NAMES) vondsten.push(...(await scanDatabase(service, run.databaseUrl(service), zoek)));
  const nc = await connect({ servers: run.env.NATS_URL!.split(',') });
  const berichten = await readStream(nc, run.env.NATS_STREAM!, `${run.env.NATS_SUBJECT_PREFIX}>`).finally(() =>
    nc.close(),
  );
  for (const m of berichten) vondsten.push(...scanTekst(`events #${m.seq} ${m.subject}`, m.string(), zoek));
  for (const s of keten.services) vondsten.push(...scanTekst(`logs ${s.name}`, s.output.join(''), zoek));
  return { vondsten, subjects: berichten.map((m) => m.subject.slice(run.env.NATS_SUBJECT_PREFIX!.length)) };
}

/** The anonymous figures that must survive an erasure: the monitor (region and gemeente) and the submitted claim. */
export async function cijfers(keten: Keten, declaratieId: string) {
  const get = async (service: 'trajecten' | 'subsidies', als: typeof MONITOR, pad: string) =>
    (await keten.expect(200, service, als, 'GET', pad)).body;
  return {
    monitorRegio: await get('trajecten', MONITOR, '/api/v1/monitor'),
    monitorGroningen: await get('trajecten', MONITOR, '/api/v1/monitor?gemeentecode=GM0014'),
    declaratie: await get('subsidies', FINANCIEN, `/api/v1/declaraties/${declaratieId}`),
  };
}
