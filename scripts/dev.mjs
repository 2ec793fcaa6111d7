// npm run dev: npm start, and while it runs a change to a service's sources rebuilds that service and restarts only
// it; a change in a library (libs/*) rebuilds and restarts every process built from it (scripts/lib/dev-watch.mjs).
import { spawn } from 'node:child_process';
import { parseCommandLine } from './lib/cli.mjs';
import { watchSources } from './lib/dev-watch.mjs';
import { loadEnvFile } from './lib/env-file.mjs';
import { Supervisor } from './lib/supervisor.mjs';
import { PROCESSES, prepare, runSystem } from './lib/system.mjs';

parseCommandLine({
  usage: `
usage: npm run dev

Everything npm start does (see npm start -- --help), then watches the sources: a change under a service's src/
rebuilds it and restarts that service only; a change under libs/contracts or libs/platform restarts every process
that uses the library. A failing build leaves the running processes as they are. Ctrl-C stops everything.

options:
  -h, --help   this text`,
});
loadEnvFile();
await prepare();
const supervisor = new Supervisor();
await runSystem(supervisor);
watchSources({
  processes: PROCESSES.map(({ name, project }) => ({ name, sources: sourcesOf(project) })),
  rebuild: async (names) => {
    for (const { project } of PROCESSES.filter((p) => names.includes(p.name))) {
      if (!(await succeeds('npm', ['run', '--silent', 'build', '--workspace', project]))) return false;
    }
    return true;
  },
  restart: (name) => supervisor.restart(name),
});

/** The directories a process's code is built from: its own and the libraries it imports. */
function sourcesOf(project) {
  const own = project === 'apps/portaal' ? ['apps/portaal/src', 'apps/portaal/server'] : [`${project}/src`];
  // The portaal imports only @wiz/contracts (its browser part); the services both libraries.
  const libs = project === 'apps/portaal' ? ['libs/contracts/src'] : ['libs/contracts/src', 'libs/platform/src'];
  return [...own, ...libs];
}

function succeeds(command, args) {
  return new Promise((resolve) =>
    spawn(command, args, { stdio: 'inherit' }).once('exit', (code) => resolve(code === 0)),
  );
}
