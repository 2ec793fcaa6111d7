import { readFileSync } from 'node:fs';

/** Memory of a process from /proc/<pid>/status, in MiB: current resident set (VmRSS) and its peak so far (VmHWM). */
export function geheugen(pid: number): { rssMb: number; hwmMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (veld: string) => {
    const m = new RegExp(`^${veld}:\\s+(\\d+) kB`, 'm').exec(status);
    if (!m) throw new Error(`no ${veld} in /proc/${pid}/status`);
    return Number(m[1]);
  };
  return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
}

/** Samples VmRSS every `ms` until stopped: a second opinion beside the kernel's VmHWM. */
export function bemonsterRss(pid: number, ms = 50): { stop(): number } {
  let piek = 0;
  const meet = () => {
    try {
      piek = Math.max(piek, geheugen(pid).rssMb);
    } catch {
      // the process went away; the caller notices
    }
  };
  meet();
  const timer = setInterval(meet, ms);
  return {
    stop() {
      clearInterval(timer);
      meet();
      return piek;
    },
  };
}
