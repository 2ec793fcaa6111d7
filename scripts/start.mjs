// npm start: install what is missing, make sure PostgreSQL, Redis and NATS run, build, then run the four services
// and the portaal in the foreground with prefixed logs. Each service creates and migrates its own database as it
// starts. Environment variables (and .env) pass through to every service. One that crashes is restarted
// (scripts/lib/supervisor.mjs); Ctrl-C / SIGTERM stops them all.
import { parseCommandLine } from './lib/cli.mjs';
import { loadEnvFile } from './lib/env-file.mjs';
import { Supervisor } from './lib/supervisor.mjs';
import { prepare, runSystem } from './lib/system.mjs';

parseCommandLine({
  usage: `
usage: npm start

Installs what is missing, makes sure PostgreSQL, Redis and NATS run, builds, and runs the four services
(http://localhost:3001-3004/api/v1/docs) and the portaal (http://localhost:3000) until Ctrl-C.
Settings come from the environment and from .env at the repository root (see .env.example); the environment wins.
Outside production it then registers the DigiD login's test persons at intake, once (README "Run it").
In a terminal the logs are readable lines per service; LOG_FORMAT=json or LOG_FORMAT=pretty chooses.
npm run dev does the same and also rebuilds and restarts a service when its code changes.

options:
  -h, --help   this text`,
});
loadEnvFile();
await prepare();
await runSystem(new Supervisor());
