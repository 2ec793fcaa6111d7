import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ServiceProcess, TestRun } from '@wiz/platform/testing';
import { AanmeldingGenerator } from './load/aanmeldingen';
import { add, assertValid, closedLoopRound, startIntake, Target } from './intake/closed-loop';

/**
 * npm run bench -- --compare=DIR [--rounds=N]: this checkout's intake against the intake built in DIR (another
 * checkout of this repository, built; for example a git worktree of main), both running at once, measured in
 * alternating closed-loop rounds of 2 s. A change's effect on the shared machine's noise is smaller than the noise
 * between two whole benchmark runs, so only rounds taken side by side show it: each build's rate and its CPU per
 * aanmelding in the service and in PostgreSQL, and the ratios of this checkout to DIR.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { compare: { type: 'string' }, rounds: { type: 'string', default: '10' } } });
  const rounds = Number(values.rounds);
  const builds = [
    { label: 'base', root: path.resolve(values.compare!) },
    { label: 'this', root: undefined },
  ];
  const generator = new AanmeldingGenerator();
  const started: { run: TestRun; service: ServiceProcess; target: Target }[] = [];
  try {
    for (const build of builds) {
      // A run of its own for each build: its own database, stream and token issuer.
      const run = new TestRun({ LOG_LEVEL: 'warn' });
      const { service, target } = await startIntake(run, build.label, build.root);
      started.push({ run, service, target });
    }
    const targets = started.map((s) => s.target);
    for (const t of targets) await closedLoopRound(t, 3, generator); // warm-up
    for (let round = 0; round < rounds; round++) {
      // Each build goes first every other round, so a trend in the machine's load falls on both alike.
      for (const t of round % 2 ? [...targets].reverse() : targets) {
        const { result, cpuMs } = await closedLoopRound(t, 2, generator);
        add(t.total, result, cpuMs);
        console.log(
          `${t.label}: ${result.perSecond.toFixed(0)}/s, cpu/request ${(cpuMs.service / result.ok).toFixed(3)} ms, postgres ${(cpuMs.postgres / result.ok).toFixed(3)} ms`,
        );
      }
    }
    const figures = targets.map(({ label, total }) => {
      assertValid(label, total.ok, total.failed, total.statuses);
      const figure = {
        rate: total.ok / total.seconds,
        cpu: total.cpuMs.service / total.ok,
        postgres: total.cpuMs.postgres / total.ok,
      };
      console.log(
        `${label}, all rounds: ${figure.rate.toFixed(0)}/s, cpu/request ${figure.cpu.toFixed(3)} ms, postgres ${figure.postgres.toFixed(3)} ms`,
      );
      return figure;
    });
    const [base, current] = figures;
    console.log(
      `this / base over ${rounds} rounds: rate ${(current.rate / base.rate).toFixed(3)}×, cpu/request ${(current.cpu / base.cpu).toFixed(3)}×, postgres/request ${(current.postgres / base.postgres).toFixed(3)}×`,
    );
  } finally {
    for (const { run, service } of started) {
      await service.stop();
      await run.cleanup();
    }
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
