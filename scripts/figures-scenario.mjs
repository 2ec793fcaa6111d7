// Figures on one fixed scenario, to compare what two releases report on the same data (issue 15's closing note).
//
//   node scripts/figures-scenario.mjs --start <checkout> [--out figures.json]
//       starts the built services of <checkout> (a clone or `git worktree add` of any commit, after
//       `npx nx run-many -t build`) on spare ports, each with a fresh database, its own NATS stream and subject
//       prefix, Redis key prefix and token issuer (so nothing else on the machine is disturbed), seeds the
//       scenario, prints the figures as JSON, then stops the services and drops what they made.
//   node scripts/figures-scenario.mjs --intake URL --trajecten URL --werkgevers URL --subsidies URL [--issuer DIR]
//       the same against services already running (npm start: http://127.0.0.1:3001…3004), with tokens of the
//       development issuer in DIR (default: WIZ_DEV_DIR or .dev, as `npm run token`). Use fresh databases: the
//       figures count everything the services hold.
//
// The scenario uses only request shapes that the release before issue 15 and every later one accept (no field
// added since), dates fixed in 2026, so each placement's six-month duurzaamheidscheck is already due and fires at
// once. It needs libs/platform built in this checkout (for the token issuer).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import pg from 'pg';
import Redis from 'ioredis';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { parseCommandLine, usageError } from './lib/cli.mjs';

// The JTF region as domain.md pins it (the province of Groningen plus Emmen): the regeling's data, not a rule.
const JTF_GEBIED = [
  'GM0014',
  'GM1950',
  'GM1952',
  'GM1966',
  'GM1969',
  'GM1979',
  'GM0765',
  'GM0047',
  'GM0037',
  'GM1895',
  'GM0114',
];
const GEBOREN = { 19: '2007-05-10', 24: '2002-03-15', 30: '1996-06-20', 56: '1970-09-01' }; // ages on 2026-12-01
const NEE = { werkend: false, zzp: false, arbeidsbeperking: false, statushouder: false, startkwalificatie: true };
let volgnummer = 0;
const persoon = (naam, gemeentecode, leeftijd, situatie, verloop = {}, inwoner = {}) => ({
  naam,
  aanmelding: {
    kanaal: inwoner.kanaal ?? 'balie',
    inwoner: {
      ...(inwoner.zonderBsn ? {} : { bsn: bsn(++volgnummer) }),
      voornaam: naam.split('-')[0],
      achternaam: 'Scenario',
      geboortedatum: GEBOREN[leeftijd],
      postcode: '9711AB',
      huisnummer: String(++volgnummer),
      gemeentecode,
    },
    situatie: { ...NEE, ...situatie },
    hulpvraag: 'Ik zoek werk',
  },
  ...verloop,
});
/** A made-up BSN passing the elfproef (prefix 91…, never a real person's in this scenario). */
function bsn(n) {
  for (let prefix = 91_000_000 + 10 * n; ; prefix++) {
    const check = [...String(prefix)].reduce((sum, d, i) => sum + Number(d) * (9 - i), 0) % 11;
    if (check < 10) return `${prefix}${check}`;
  }
}
const behaald = (soort, datum) => ({ soort, startdatum: '2026-02-01', resultaat: 'behaald', datum });

/**
 * Fifteen inwoners of Groningen, Emmen, Assen and Tynaarlo, and what happens to each. Step moves are recorded on the
 * day the scenario runs and cannot be dated back, so nobody has both a step move and a fact dated in the past
 * (activity, placement, closing): which fact came first then means the same in every release.
 */
const SCENARIO = [
  persoon(
    'Anouk-bijstand',
    'GM0014',
    30,
    { uitkering: 'participatiewet' },
    { activiteiten: [behaald('kansrijk-opleiden', '2026-04-01'), behaald('kansrijk-opleiden', '2026-06-01')] },
  ),
  persoon('Bram-zonder-uitkering', 'GM0014', 24, { uitkering: 'geen' }, { stappen: ['begeleiden'] }),
  persoon(
    'Chantal-jong',
    'GM0114',
    19,
    { uitkering: 'geen', startkwalificatie: false },
    { activiteiten: [behaald('praktijkverklaring', '2026-05-01')] },
  ),
  persoon('Dirk-ww', 'GM0114', 56, { uitkering: 'ww' }, { afsluiting: { reden: 'werk', datum: '2026-05-15' } }),
  persoon(
    'Esra-bijstand',
    'GM0106',
    30,
    { uitkering: 'participatiewet' },
    { afsluiting: { reden: 'scholing', datum: '2026-06-01' } },
  ),
  persoon(
    'Frank-ww',
    'GM0014',
    30,
    { uitkering: 'ww' },
    {
      afsluiting: { reden: 'anders', datum: '2026-03-01' },
      plaatsing: { startdatum: '2026-03-15', urenPerWeek: 28, contractvorm: 'tijdelijk', afspraakbaan: false },
    },
  ),
  persoon(
    'Gerda-arbeidsbeperking',
    'GM0014',
    24,
    { uitkering: 'participatiewet', arbeidsbeperking: true },
    { plaatsing: { startdatum: '2026-02-01', urenPerWeek: 12, contractvorm: 'vast', afspraakbaan: true } },
  ),
  persoon(
    'Henk-bijstand',
    'GM0014',
    56,
    { uitkering: 'participatiewet' },
    {
      plaatsing: { startdatum: '2026-03-01', urenPerWeek: 32, contractvorm: 'tijdelijk', afspraakbaan: false },
      check: { inDienst: true, urenPerWeek: 12 },
      vertrek: { reden: 'werk', datum: '2026-03-01' },
    },
  ),
  persoon(
    'Iris-sroi',
    'GM0114',
    24,
    { uitkering: 'participatiewet' },
    {
      plaatsing: {
        startdatum: '2026-04-01',
        urenPerWeek: 36,
        contractvorm: 'vast',
        afspraakbaan: false,
        sroiDoelgroep: 'participatiewet-kort',
      },
      check: { inDienst: true, urenPerWeek: 36 },
    },
  ),
  persoon('Joost-zonder-uitkering', 'GM1730', 24, { uitkering: 'geen' }, { stappen: ['begeleiden'] }),
  persoon('Kim-jong', 'GM1730', 19, { uitkering: 'geen', startkwalificatie: false }),
  persoon('Luuk-wia', 'GM0106', 56, { uitkering: 'wia' }, { stappen: ['ontwikkelen'] }),
  persoon(
    'Mila-statushouder',
    'GM0014',
    30,
    { uitkering: 'geen', statushouder: true },
    { activiteiten: [{ soort: 'taal', startdatum: '2026-03-01' }] },
  ),
  persoon(
    'Noor-werkend',
    'GM0114',
    30,
    { uitkering: 'geen', werkend: true },
    { activiteiten: [behaald('loopbaanadvies', '2026-04-15')] },
  ),
  persoon('Omar-anoniem', 'GM0014', 19, { uitkering: 'geen' }, {}, { kanaal: 'talentperron', zonderBsn: true }),
];

/** `object` without the ids that differ from run to run, so two releases' figures compare. */
const withoutIds = (object, ...keys) =>
  Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const SERVICES = ['intake', 'trajecten', 'werkgevers', 'subsidies'];
const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** The four built services of `checkout`, each on a spare port with state of its own (see the top of this file). */
async function startAll(checkout, issuerPaths) {
  const id = `fig${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const server = 'postgres://postgres@127.0.0.1:5432';
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DATABASE_URL: `${server}/postgres`,
    NATS_URL: process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222',
    NATS_STREAM: `WIZ_${id.toUpperCase()}`,
    NATS_SUBJECT_PREFIX: `${id}.`,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: id,
    AUTH_JWKS_URL: `file://${issuerPaths.jwks}`,
    EVENT_RETRY_DELAY_MS: '100',
    OUTBOX_POLL_MS: '200',
  };
  const started = { id, env, databases: SERVICES.map((s) => `wiz_${id}_${s}`), children: [], urls: {} };
  for (const name of SERVICES) {
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(checkout, `services/${name}/dist/main.js`)], {
      env: {
        ...env,
        [`${name.toUpperCase()}_PORT`]: String(port),
        [`${name.toUpperCase()}_DATABASE_URL`]: `${server}/wiz_${id}_${name}`,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    started.children.push(child);
    started.urls[name] = `http://127.0.0.1:${port}`;
  }
  for (const name of SERVICES)
    await until(
      () =>
        fetch(`${started.urls[name]}/health/ready`).then(
          (r) => (r.ok ? true : undefined),
          () => undefined,
        ),
      `${name} to be ready`,
      120_000,
    );
  return started;
}

/** Stops the services and removes their databases, stream and Redis keys. */
async function stopAll(started) {
  await Promise.all(
    started.children.map(
      (c) => new Promise((resolve) => (c.exitCode !== null ? resolve() : (c.once('exit', resolve), c.kill('SIGTERM')))),
    ),
  );
  const db = new pg.Client({ connectionString: started.env.DATABASE_URL });
  await db.connect();
  for (const name of started.databases) await db.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await db.end();
  const nc = await connect({ servers: started.env.NATS_URL });
  const jsm = await jetstreamManager(nc);
  for (const stream of [started.env.NATS_STREAM, `${started.env.NATS_STREAM}_DLQ`])
    await jsm.streams.delete(stream).catch(() => undefined);
  await nc.close();
  const redis = new Redis(started.env.REDIS_URL);
  const keys = await redis.keys(`${started.id}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
}

const { values: args } = parseCommandLine({
  usage: `
usage: node scripts/figures-scenario.mjs --start <checkout> [--out figures.json]
       node scripts/figures-scenario.mjs --intake URL --trajecten URL --werkgevers URL --subsidies URL [--issuer DIR] [--out figures.json]

Seeds one fixed scenario (fifteen inwoners, their trajecten, placements and a JTF claim) and prints the figures the
services then report as JSON, to compare two releases on the same data.

options:
  --start DIR        start the built services of this checkout on spare ports, each with state of its own, and
                     remove it all afterwards
  --intake URL, --trajecten URL, --werkgevers URL, --subsidies URL
                     use services already running (npm start: http://127.0.0.1:3001 … 3004) with fresh databases
  --issuer DIR       the development issuer's directory for those (default WIZ_DEV_DIR or .dev)
  --out FILE         also write the figures to FILE
  -h, --help         this text`,
  options: {
    start: { type: 'string' },
    out: { type: 'string' },
    issuer: { type: 'string' },
    intake: { type: 'string' },
    trajecten: { type: 'string' },
    werkgevers: { type: 'string' },
    subsidies: { type: 'string' },
  },
});
if (!args.start && SERVICES.some((name) => !args[name]))
  usageError('give --start <checkout>, or --intake, --trajecten, --werkgevers and --subsidies URLs');
const repo = path.resolve(import.meta.dirname, '..');
const { mintDevToken } = await import(path.join(repo, 'libs/platform/dist/auth/dev-issuer.js'));
const { devIssuerPaths } = await import(path.join(repo, 'libs/platform/dist/auth/dev-issuer-paths.js'));

const issuerRoot = args.start
  ? mkdtempSync(path.join(tmpdir(), 'wiz-figures-'))
  : (args.issuer ?? process.env.WIZ_DEV_DIR ?? path.join(repo, '.dev'));
const issuer = devIssuerPaths(issuerRoot);
const started = args.start ? await startAll(path.resolve(args.start), issuer) : undefined;
const url = started?.urls ?? {
  intake: args.intake,
  trajecten: args.trajecten,
  werkgevers: args.werkgevers,
  subsidies: args.subsidies,
};

async function call(service, role, organisatie, method, pad, body) {
  const token = await mintDevToken({ role, organisatie }, issuer);
  const res = await fetch(`${url[service]}/api/v1${pad}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body && JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: text && /json/.test(res.headers.get('content-type') ?? '') ? JSON.parse(text) : text,
  };
}
async function ok(service, role, organisatie, method, pad, body) {
  const r = await call(service, role, organisatie, method, pad, body);
  if (r.status >= 300) throw new Error(`${method} ${service}${pad} answered ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
}
async function until(check, what, timeoutMs = 60_000) {
  for (const deadline = Date.now() + timeoutMs; ; await sleep(300)) {
    const found = await check();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
  }
}
/** Reads `read` until it answers the same three times in a row, a second apart: the events have settled. */
async function stable(read) {
  let last,
    same = 0;
  for (let i = 0; i < 90 && same < 2; i++, await sleep(1_000)) {
    const now = JSON.stringify(await read());
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return JSON.parse(last);
}

try {
  const werkgeversteam = ['werkgevers', 'werkgeversteam', 'GM0014'];
  const werkgever = await ok(...werkgeversteam, 'POST', '/werkgevers', {
    kvkNummer: '68750110',
    naam: 'Zorggroep Noord',
    gemeentecode: 'GM0014',
    sbiCode: '8710',
    strategischPartner: true,
  });
  const sroi = await ok(...werkgeversteam, 'POST', '/sroi-verplichtingen', {
    werkgeverId: werkgever.id,
    opdracht: 'Groenonderhoud 2026',
    opdrachtwaardeCenten: 120_000_000,
    percentage: 5,
    startdatum: '2026-01-01',
    einddatum: '2027-12-31',
  });
  const routes = [];
  const personen = [];
  for (const p of SCENARIO) {
    const aanmelding = await ok(
      'intake',
      'frontoffice',
      p.aanmelding.inwoner.gemeentecode,
      'POST',
      '/aanmeldingen',
      p.aanmelding,
    );
    routes.push({ persoon: p.naam, gemeentecode: p.aanmelding.inwoner.gemeentecode, ...aanmelding.route });
    personen.push({ p, aanmelding, org: aanmelding.route.organisatie });
  }
  for (const { p, aanmelding, org } of personen) {
    const consulent = ['trajecten', 'consulent', org];
    const traject = await until(
      async () => (await call(...consulent, 'GET', `/trajecten?inwonerId=${aanmelding.inwonerId}`)).body.items?.[0],
      `the traject of ${p.naam}`,
    );
    for (const stap of p.stappen ?? [])
      await ok(...consulent, 'POST', `/trajecten/${traject.id}/stappen`, { stap, toelichting: 'scenario' });
    for (const a of p.activiteiten ?? []) {
      const { id } = await ok(...consulent, 'POST', `/trajecten/${traject.id}/activiteiten`, {
        soort: a.soort,
        startdatum: a.startdatum,
      });
      if (a.resultaat)
        await ok(...consulent, 'POST', `/trajecten/${traject.id}/activiteiten/${id}/afronding`, {
          resultaat: a.resultaat,
          datum: a.datum,
        });
    }
    if (p.afsluiting) await ok(...consulent, 'POST', `/trajecten/${traject.id}/afsluiting`, p.afsluiting);
    if (p.plaatsing) {
      const body = {
        trajectId: traject.id,
        werkgeverId: werkgever.id,
        ...p.plaatsing,
        ...(p.plaatsing.sroiDoelgroep ? { sroiVerplichtingId: sroi.id } : {}),
      };
      // werkgevers learns of the traject from events: until then it answers 400 on trajectId.
      const plaatsing = await until(async () => {
        const r = await call(...werkgeversteam, 'POST', '/plaatsingen', body);
        if (r.status === 201) return r.body;
        if (r.status !== 400 || !JSON.stringify(r.body).includes('trajectId'))
          throw new Error(`plaatsing of ${p.naam}: ${r.status} ${JSON.stringify(r.body)}`);
      }, `werkgevers to know the traject of ${p.naam}`);
      if (p.check) {
        const check = await until(
          async () =>
            (
              await call(
                ...consulent,
                'GET',
                `/opvolgingen?soort=duurzaamheidscheck&status=open&trajectId=${traject.id}`,
              )
            ).body.items?.find((o) => o.plaatsingId === plaatsing.id),
          `the duurzaamheidscheck of ${p.naam}`,
        );
        await ok(...consulent, 'POST', `/opvolgingen/${check.id}/uitkomst`, p.check);
      }
    }
    // Closing lets open follow-ups lapse, so one who leaves for the job is closed after the check is recorded.
    if (p.vertrek) await ok(...consulent, 'POST', `/trajecten/${traject.id}/afsluiting`, p.vertrek);
  }

  // Subsidies: a JTF scheme over the JTF region (the finance officer's data, the same in both releases) and a
  // coaching cost line per person with a BSN, so the claim's exclusions and ESF+ indicators cover everyone.
  const financien = ['subsidies', 'financien', 'GM0014'];
  await ok(...financien, 'POST', '/regelingen', {
    code: 'JTF',
    naam: 'Just Transition Fund',
    startdatum: '2026-01-01',
    einddatum: '2027-12-31',
    gemeentecodes: JTF_GEBIED,
    cofinancieringspercentage: 60,
    flatRatePercentage: 40,
  });
  const regelVan = new Map(); // kostenregel id → whose line it is, so two runs' claims compare by name
  for (const [i, { p, aanmelding }] of personen.entries()) {
    const { id } = await ok(...financien, 'POST', '/kostenregels', {
      regelingCode: 'JTF',
      inwonerId: aanmelding.inwonerId,
      soort: 'begeleiding',
      bedragCenten: 50_000,
      datum: '2026-06-15',
      omschrijving: 'Jobcoaching',
      bewijsstuk: `FACT-2026-${String(i + 1).padStart(4, '0')}`,
    });
    regelVan.set(id, p.naam);
  }
  const personeel = await ok(...financien, 'POST', '/kostenregels', {
    regelingCode: 'JTF',
    soort: 'personeel',
    bedragCenten: 400_000,
    datum: '2026-06-30',
    omschrijving: 'Klantregisseurs juni',
    bewijsstuk: 'LOON-2026-06',
  });
  regelVan.set(personeel.id, 'personeelskosten');

  const monitor = ['trajecten', 'monitor', 'WIZ'];
  const figures = await stable(async () => ({
    monitor: await ok(...monitor, 'GET', '/monitor'),
    monitorGemeenten: await ok(...monitor, 'GET', '/monitor/gemeenten'),
    rapportage: await ok(...werkgeversteam, 'GET', '/rapportage?van=2026-01-01&tot=2026-12-31'),
    sroi: await ok(...werkgeversteam, 'GET', `/sroi-verplichtingen/${sroi.id}`),
  }));
  const declaratie = await stable(async () => {
    const d = await ok(...financien, 'POST', '/declaraties', {
      regelingCode: 'JTF',
      periodeVan: '2026-01-01',
      periodeTot: '2026-12-31',
    });
    const { opgenomen, uitgesloten } = d;
    return {
      ...withoutIds(d, 'id', 'opgenomen', 'uitgesloten'),
      opgenomen: opgenomen.map((r) => regelVan.get(r)).sort(),
      uitgesloten: uitgesloten
        .map((u) => ({ ...u, kostenregelId: regelVan.get(u.kostenregelId) }))
        .sort((a, b) => a.kostenregelId.localeCompare(b.kostenregelId)),
    };
  });
  const result = {
    routes,
    regelingenPerGemeente: Object.fromEntries(routes.map((r) => [r.gemeentecode, r.regelingen])),
    ...figures,
    sroi: withoutIds(figures.sroi, 'id', 'werkgeverId'),
    declaratie,
  };
  const json = JSON.stringify(result, null, 2);
  if (args.out) writeFileSync(args.out, `${json}\n`);
  console.log(json);
} finally {
  if (started) await stopAll(started);
}
