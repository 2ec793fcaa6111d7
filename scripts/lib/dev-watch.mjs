// npm run dev's watcher: a change under the sources of a process rebuilds it and restarts it; a directory shared by
// several processes (a library) restarts each of them. The others keep running untouched.
import { watch } from 'node:fs';
import * as path from 'node:path';

/**
 * @param {object} o
 * @param {{ name: string, sources: string[] }[]} o.processes each process with the directories its code is built from
 * @param {(names: string[]) => Promise<boolean>} o.rebuild builds those processes; false when the build failed
 * @param {(name: string) => Promise<void>} o.restart starts the rebuilt process anew
 * @param {number} [o.settleMs] changes within this pause make one rebuild (an editor or git writes several files)
 * @param {(line: string) => void} [o.log]
 * @returns {() => void} stops watching
 */
export function watchSources({ processes, rebuild, restart, settleMs = 300, log = (line) => console.log(line) }) {
  const changed = new Set();
  let lastFile;
  let timer;
  let queue = Promise.resolve();
  const directories = [...new Set(processes.flatMap((p) => p.sources))];
  const watchers = directories.map((directory) =>
    watch(directory, { recursive: true }, (_event, file) => {
      // A test file is not part of what runs.
      if (file && /\.spec\.tsx?$/.test(file)) return;
      for (const p of processes) if (p.sources.includes(directory)) changed.add(p.name);
      lastFile = path.relative(process.cwd(), path.join(directory, file ?? ''));
      clearTimeout(timer);
      timer = setTimeout(() => (queue = queue.then(rebuildChanged)), settleMs);
    }),
  );

  // One rebuild at a time: what changes meanwhile waits for the next round.
  async function rebuildChanged() {
    const names = [...changed];
    changed.clear();
    if (!names.length) return;
    log(`[dev] ${lastFile} changed: rebuilding ${names.join(', ')}`);
    if (!(await rebuild(names))) {
      names.forEach((name) => changed.add(name));
      return log(
        '[dev] the build failed (see above): the running processes stay as they are until the next change builds',
      );
    }
    for (const name of names) await restart(name);
    log(`[dev] restarted ${names.join(', ')}`);
  }

  return () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}
