import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { workspaceRoot } from '@wiz/platform/testing';

export interface FaultRow {
  fault: string;
  sent: number;
  lost: number;
  duplicated: number;
  /** Optional columns, printed when some row has them (the partition test's). */
  received?: number;
  outOfOrder?: number;
  recoveredAfterMs?: number;
}

const COLUMNS: { header: string; cell: (r: FaultRow) => string | undefined }[] = [
  { header: 'events sent', cell: (r) => String(r.sent) },
  { header: 'received', cell: (r) => r.received?.toString() },
  { header: 'events lost', cell: (r) => String(r.lost) },
  { header: 'events duplicated', cell: (r) => String(r.duplicated) },
  { header: 'out of order', cell: (r) => r.outOfOrder?.toString() },
  {
    header: 'time to recover',
    cell: (r) => (r.recoveredAfterMs === undefined ? undefined : `${(r.recoveredAfterMs / 1000).toFixed(1)} s`),
  },
];

/** The rows of this run's fault table, printed (and written to reports/<file>) when the suite ends. */
export class FaultTable {
  private readonly rows: FaultRow[] = [];
  private readonly notes: string[] = [];

  constructor(
    private readonly title = 'Fault injection (own NATS, Redis and PostgreSQL on spare ports)',
    private readonly file = 'faults.md',
  ) {}

  add(row: FaultRow): void {
    this.rows.push(row);
  }

  /** A line printed under the table: what else the run observed (which instance did how much work). */
  note(line: string): void {
    this.notes.push(line);
  }

  format(): string {
    const columns = COLUMNS.filter((c) => this.rows.some((r) => c.cell(r) !== undefined));
    const header = ['fault', ...columns.map((c) => c.header)];
    const lines = this.rows.map((r) => [r.fault, ...columns.map((c) => c.cell(r) ?? '')]);
    const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
    const row = (cells: string[]) =>
      `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
    return [
      row(header),
      `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
      ...lines.map(row),
    ].join('\n');
  }

  /** process.stdout, not console: jest buffers console output of passing suites. */
  print(): void {
    if (this.rows.length === 0) return;
    const table = [this.format(), ...(this.notes.length ? ['', ...this.notes.map((n) => `- ${n}`)] : [])].join('\n');
    process.stdout.write(`\n${this.title}:\n${table}\n\n`);
    const dir = path.join(workspaceRoot(), 'reports');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, this.file), `${table}\n`);
  }
}
