// Runs the processes of `npm start` side by side and keeps them running: one that dies is started again after a
// growing pause, up to a number of restarts a minute; the others are never touched. restart(name) starts one anew
// (npm run dev after its code changed); stop() ends them all.
import { spawn } from 'node:child_process';

const MINUTE_MS = 60_000;

export class Supervisor {
  #entries = [];
  #stopping;

  /**
   * @param {object} [options]
   * @param {number[]} [options.backoffMs] pause before the 1st, 2nd, … restart within a minute (the last repeats)
   * @param {number} [options.maxRestartsPerMinute] beyond this a process stays down, so a broken one does not spin
   * @param {number} [options.stopTimeoutMs] how long stop() waits after SIGTERM before SIGKILL
   * @param {NodeJS.WritableStream} [options.out] where output and the supervisor's own lines go
   * @param {NodeJS.WritableStream} [options.err]
   */
  constructor({
    backoffMs = [1_000, 2_000, 5_000, 10_000, 30_000],
    maxRestartsPerMinute = 5,
    stopTimeoutMs = 15_000,
    out = process.stdout,
    err = process.stderr,
  } = {}) {
    Object.assign(this, { backoffMs, maxRestartsPerMinute, stopTimeoutMs, out, err });
  }

  /** Starts `command args` under `tag` (prefixed to every line it writes) and keeps it running; `name` is for restart(). */
  start({ name, tag, command, args = [], env = process.env }) {
    const entry = {
      name: name ?? tag,
      tag,
      command,
      args,
      env,
      restarts: [],
      child: undefined,
      timer: undefined,
      replacing: false,
    };
    this.#entries.push(entry);
    this.#spawn(entry);
  }

  get stopping() {
    return this.#stopping !== undefined;
  }

  /** SIGTERM to every process (SIGKILL after stopTimeoutMs), no more restarts; resolves when all have exited. */
  stop() {
    this.#stopping ??= (async () => {
      for (const entry of this.#entries) clearTimeout(entry.timer);
      await Promise.all(
        this.#entries
          .map((e) => e.child)
          .filter(isRunning)
          .map((child) => terminate(child, this.stopTimeoutMs)),
      );
    })();
    return this.#stopping;
  }

  /**
   * Stops the process started under `name` (SIGTERM, SIGKILL after stopTimeoutMs) and starts it again at once; a
   * replacement is not a crash, so it neither waits nor counts toward the restart cap. Resolves once it runs again.
   */
  async restart(name) {
    const entry = this.#entries.find((e) => e.name === name);
    if (!entry) throw new Error(`no process named ${name}`);
    if (this.stopping) return;
    clearTimeout(entry.timer);
    entry.replacing = true;
    if (isRunning(entry.child)) await terminate(entry.child, this.stopTimeoutMs);
    entry.replacing = false;
    entry.restarts = [];
    if (!this.stopping) this.#spawn(entry);
  }

  #spawn(entry) {
    const child = spawn(entry.command, entry.args, { env: entry.env, stdio: ['ignore', 'pipe', 'pipe'] });
    entry.child = child;
    forEachLine(child.stdout, (line) => this.out.write(`${entry.tag} ${line}\n`));
    forEachLine(child.stderr, (line) => this.err.write(`${entry.tag} ${line}\n`));
    this.#say(entry, `started (pid ${child.pid})`);
    child.once('exit', (code, signal) => this.#exited(entry, signal ?? code));
  }

  #exited(entry, how) {
    if (this.stopping) return this.#say(entry, `stopped (${how})`);
    if (entry.replacing) return this.#say(entry, `stopped (${how}) to start it anew`);
    const now = Date.now();
    entry.restarts = entry.restarts.filter((at) => now - at < MINUTE_MS);
    if (entry.restarts.length >= this.maxRestartsPerMinute) {
      return this.#say(
        entry,
        `exited (${how}) after ${entry.restarts.length} restarts within a minute: left stopped, the others keep running (see its log above; restart npm start when it is fixed)`,
      );
    }
    const pauseMs = this.backoffMs[Math.min(entry.restarts.length, this.backoffMs.length - 1)];
    entry.restarts.push(now);
    this.#say(
      entry,
      `exited (${how}): restarting in ${pauseMs / 1000} s (restart ${entry.restarts.length} of at most ${this.maxRestartsPerMinute} a minute)`,
    );
    entry.timer = setTimeout(() => this.stopping || this.#spawn(entry), pauseMs);
  }

  #say(entry, message) {
    this.out.write(`${entry.tag} [supervisor] ${message}\n`);
  }
}

function isRunning(child) {
  return child !== undefined && child.exitCode === null && child.signalCode === null;
}

/** SIGTERM, SIGKILL after `timeoutMs`; resolves when the child has exited. */
function terminate(child, timeoutMs) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const force = setTimeout(() => isRunning(child) && child.kill('SIGKILL'), timeoutMs);
  return exited.finally(() => clearTimeout(force));
}

function forEachLine(stream, onLine) {
  let rest = '';
  stream.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop();
    for (const line of lines) onLine(line);
  });
  stream.on('end', () => rest && onLine(rest));
}
