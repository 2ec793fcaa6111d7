import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { TestRun, workspaceRoot } from '@wiz/platform/testing';
import type { BenchSection, Figure } from './bench';
import { SECTIONS } from './sections';

/**
 * npm run bench [--quick] [--only=a,b]: each section seeds its own data in its own isolated run, measures against
 * a raw baseline in the same run where the target asks for a ratio, prints a table and writes
 * bench/results/latest.json (quick runs: quick.json, so they never overwrite real figures).
 */
async function main(): Promise<void> {
  const { quick, only } = benchOptions(process.argv.slice(2));
  const sections = SECTIONS.filter((s) => !only || only.includes(s.name));
  const results: Record<string, Record<string, number>> = {};
  const rows: { section: string; figure: Figure }[] = [];
  let failures = 0;
  for (const section of sections) {
    const figures = await runSection(section, quick).catch((err: Error) => {
      failures += 1;
      console.error(`[${section.name}] failed: ${err.stack ?? err}`);
      return [] as Figure[];
    });
    results[section.name] = Object.fromEntries(figures.map((f) => [f.key, f.value]));
    rows.push(...figures.map((figure) => ({ section: section.name, figure })));
  }
  printTable(rows, quick);
  const dir = path.join(workspaceRoot(), 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, quick ? 'quick.json' : 'latest.json');
  const targets = rows
    .filter((r) => r.figure.target)
    .map((r) => ({ key: `${r.section}.${r.figure.key}`, target: r.figure.target!.text, met: r.figure.target!.met }));
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  const measuredAt = new Date().toISOString();
  // --only re-measures some sections: the others keep their figures (and say when they were measured).
  const earlier =
    only && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>) : undefined;
  const sectionTimes = {
    ...earlier?.sectionMeasuredAt,
    ...Object.fromEntries(sections.map((s) => [s.name, measuredAt])),
  };
  const keptTargets = (earlier?.targets ?? []).filter(
    (t: { key: string }) => !sections.some((s) => t.key.startsWith(`${s.name}.`)),
  );
  const merged = {
    ...earlier,
    measuredAt,
    quick,
    machine,
    ...results,
    sectionMeasuredAt: sectionTimes,
    targets: [...keptTargets, ...targets],
  };
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  console.log(`\nwritten: ${path.relative(process.cwd(), file)}`);
  process.exit(failures ? 1 : 0);
}

/** --quick and --only (scripts/bench.mjs explains them); a section that does not exist stops before anything runs. */
function benchOptions(args: string[]): { quick: boolean; only?: string[] } {
  const { values } = parseArgs({
    args,
    options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } },
  });
  const only = values.only
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const names = SECTIONS.map((s) => s.name);
  const unknown = only?.filter((name) => !names.includes(name)) ?? [];
  if (only?.length === 0 || unknown.length) {
    const problem = unknown.length ? `no section named ${unknown.join(', ')}` : '--only names no section';
    console.error(`bench: ${problem}; the sections are ${names.join(', ')}`);
    process.exit(2);
  }
  return { quick: values.quick, only };
}

async function runSection(section: BenchSection, quick: boolean): Promise<Figure[]> {
  const run = new TestRun({ LOG_LEVEL: 'warn' });
  const started = Date.now();
  console.log(`\n=== ${section.name}${quick ? ' (quick)' : ''}`);
  try {
    return await section.run({ quick, run, log: (line) => console.log(`[${section.name}] ${line}`) });
  } finally {
    await run.cleanup();
    console.log(`[${section.name}] done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

function printTable(rows: { section: string; figure: Figure }[], quick: boolean): void {
  const lines = rows.map(({ section, figure: f }) => [
    `${section}.${f.key}`,
    `${Number.isInteger(f.value) ? f.value : f.value.toFixed(2)} ${f.unit}`,
    f.target ? f.target.text : '',
    f.target && !quick ? (f.target.met ? 'met' : 'MISSED') : '',
  ]);
  const header = ['figure', 'value', 'target', quick ? '(quick: not judged)' : 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(`\n${format(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${lines.map(format).join('\n')}`);
}

void main();
