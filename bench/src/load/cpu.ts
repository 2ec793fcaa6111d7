import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

/**
 * CPU time spent by processes (user + system, from /proc; Linux only, else NaN), to show where a run's work went:
 * the service's own process, and the PostgreSQL backends serving one database.
 */
const TICK_MS = 10; // USER_HZ is 100 on Linux

function statCpuMs(pid: number | string): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime, stime
}

/** Cumulative CPU ms of each process of a group, by pid, right now. */
export type CpuSource = () => Map<number, number>;

export function processSource(pid: number): CpuSource {
  return () => {
    try {
      return new Map([[pid, statCpuMs(pid)]]);
    } catch {
      return new Map();
    }
  };
}

let backends: { at: number; byPid: Map<number, string[]> } | undefined;

/** The PostgreSQL backends on this machine with the words of their title, from one scan of /proc per 200 ms. */
function postgresBackends(): Map<number, string[]> {
  if (backends && Date.now() - backends.at < 200) return backends.byPid;
  const byPid = new Map<number, string[]>();
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc');
  } catch {
    // no /proc: no figures
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.startsWith('postgres:')) byPid.set(Number(entry), cmdline.split(/[\s\0]+/));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  backends = { at: Date.now(), byPid };
  return byPid;
}

/** The PostgreSQL backends connected to `database` (their title is "postgres: … user database host …"). */
export function postgresSource(database: string, exceptPids: readonly number[] = []): CpuSource {
  return () => {
    const found = new Map<number, number>();
    for (const [pid, words] of postgresBackends()) {
      if (!words.includes(database) || exceptPids.includes(pid)) continue;
      try {
        found.set(pid, statCpuMs(pid));
      } catch {
        // ended meanwhile
      }
    }
    return found;
  };
}

/**
 * CPU of each group over `work`. Groups are sampled every `sampleMs`, so a process that ends during the work (a
 * pooled connection closed when idle) still counts up to its last sample, and one that starts counts from zero.
 * NaN for a group of which no process was ever seen (no /proc).
 */
export async function cpuOver<T>(
  sources: Record<string, CpuSource>,
  work: () => Promise<T>,
  sampleMs = 1_000,
): Promise<{ result: T; cpuMs: Record<string, number> }> {
  const base = Object.fromEntries(Object.entries(sources).map(([k, s]) => [k, s()]));
  const last = Object.fromEntries(Object.entries(base).map(([k, m]) => [k, new Map(m)]));
  const sample = () => {
    for (const [k, s] of Object.entries(sources)) for (const [pid, ms] of s()) last[k].set(pid, ms);
  };
  const timer = setInterval(sample, sampleMs);
  try {
    const result = await work();
    sample();
    const cpuMs = Object.fromEntries(
      Object.entries(last).map(([k, m]) => [
        k,
        m.size === 0 ? Number.NaN : [...m].reduce((sum, [pid, ms]) => sum + ms - (base[k].get(pid) ?? 0), 0),
      ]),
    );
    return { result, cpuMs };
  } finally {
    clearInterval(timer);
  }
}

/**
 * The whole machine as one group: every process and the kernel (/proc/stat: user, nice, system, irq, softirq; not
 * idle, I/O wait or time the hypervisor gave others). Over work on an otherwise quiet machine it is what that work
 * cost, in whichever processes it ran.
 */
export function machineSource(): CpuSource {
  return () => {
    try {
      const [user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8')
        .split('\n')[0]
        .trim()
        .split(/\s+/)
        .slice(1)
        .map(Number);
      return new Map([[0, (user + nice + system + irq + softirq) * TICK_MS]]);
    } catch {
      return new Map();
    }
  };
}

/** One line on how busy the machine is, for the log: figures from a machine others are loading mean less. */
export function machineLoadLine(): string {
  const [one, five] = loadavg();
  return `machine: ${cpus().length} cores, load average ${one.toFixed(1)} (1 min), ${five.toFixed(1)} (5 min)`;
}
