import { startServices, type ServiceProcess, type TestRun } from '@wiz/platform/testing';
import { autocannon, closedLoopFigures, ClosedLoopFigures } from '../load/autocannon';
import { cpuOver, postgresSource, processSource } from '../load/cpu';
import type { AanmeldingGenerator } from '../load/aanmeldingen';

/** Closed-loop load on an aanmeldingen endpoint, the same for the raw baseline, the Nest floor and intake builds. */
export const AANMELDINGEN_PATH = '/api/v1/aanmeldingen';
export const CONNECTIONS = 24;
const MAX_FAILED_SHARE = 0.02;

export interface Total {
  ok: number;
  failed: number;
  seconds: number;
  statuses: Record<string, number>;
  /** The highest p99 of the rounds (autocannon's histograms of separate runs are not merged here). */
  p99MsWorst: number;
  cpuMs: { service: number; postgres: number };
}

/** A server under load: where it listens, the process whose CPU counts, and the database whose backends do. */
export interface Target {
  label: string;
  url: string;
  headers: Record<string, string>;
  pid: number;
  database: string;
  total: Total;
}

export const emptyTotal = (): Total => ({
  ok: 0,
  failed: 0,
  seconds: 0,
  statuses: {},
  p99MsWorst: 0,
  cpuMs: { service: 0, postgres: 0 },
});

/**
 * The intake service built in `root` (this workspace when not given) as a target, with a frontoffice token. The rate
 * limiter (RATE_LIMIT_PER_MINUTE, per client address: every request here comes from 127.0.0.1) would cap the load at
 * its own figure, so it is raised far above anything this machine can do; it still runs, and costs what it costs, on
 * every request.
 */
export async function startIntake(
  run: TestRun,
  label: string,
  root?: string,
): Promise<{ service: ServiceProcess; target: Target }> {
  const [service] = await startServices(run, ['intake'], { RATE_LIMIT_PER_MINUTE: '100000000' }, undefined, root);
  const token = await run.token({ role: 'frontoffice', organisatie: 'GM0014' });
  const target: Target = {
    label,
    url: service.url,
    headers: { authorization: `Bearer ${token}` },
    pid: service.pid,
    database: new URL(run.databaseUrl('intake')).pathname.slice(1),
    total: emptyTotal(),
  };
  return { service, target };
}

/** One round of `durationS` seconds, every request a distinct valid aanmelding, with the CPU it cost. */
export function closedLoopRound(t: Target, durationS: number, generator: AanmeldingGenerator) {
  return cpuOver({ service: processSource(t.pid), postgres: postgresSource(t.database) }, async () =>
    closedLoopFigures(
      await autocannon({
        url: `${t.url}${AANMELDINGEN_PATH}`,
        connections: CONNECTIONS,
        duration: durationS,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...t.headers },
        requests: [
          {
            method: 'POST',
            path: AANMELDINGEN_PATH,
            setupRequest: (req: object) => ({ ...req, body: JSON.stringify(generator.next()) }),
          },
        ],
      }),
    ),
  );
}

export function add(total: Total, r: ClosedLoopFigures, cpuMs: Record<string, number>): void {
  total.ok += r.ok;
  total.failed += r.failed;
  total.seconds += r.seconds;
  for (const [status, n] of Object.entries(r.statuses)) total.statuses[status] = (total.statuses[status] ?? 0) + n;
  total.p99MsWorst = Math.max(total.p99MsWorst, r.p99Ms);
  total.cpuMs.service += cpuMs.service;
  total.cpuMs.postgres += cpuMs.postgres;
}

/** A run in which more than a few percent of the requests failed measured the failures, not the write path. */
export function assertValid(label: string, ok: number, failed: number, statuses: Record<string, number>): void {
  const total = ok + failed;
  if (total === 0 || ok === 0 || failed / total > MAX_FAILED_SHARE) {
    throw new Error(
      `${label}: ${failed} of ${total} requests did not answer 201 (${JSON.stringify(statuses)}); not a valid measurement`,
    );
  }
}
