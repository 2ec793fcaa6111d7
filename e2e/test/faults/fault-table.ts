import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { workspaceRoot } from '@wiz/platform/testing';

export interface FaultRow {
  fault: string;
  sent: number;
  lost: number;
  duplicated: number;
}

/** The rows of this run's fault table, printed (and written to reports/<file>) when the suite ends. */
export class FaultTable {
  private readonly rows: FaultRow[] = [];
  private readonly notes: string[] = [];

  constructor(private readonly title = 'Fault injection (own NATS, Redis and PostgreSQL on spare ports)', private readonly file = 'faults.md') {}

  add(row: FaultRow): void {
    this.rows.push(row);
  }

  /** A line printed under the table: what else the run observed (which instance did how much work). */
  note(line: string): void {
    this.notes.push(line);
  }

  format(): string {
    const header = ['fault', 'events sent', 'events lost', 'events duplicated'];
    const lines = this.rows.map((r) => [r.fault, String(r.sent), String(r.lost), String(r.duplicated)]);
    const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
    const row = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
    return [row(header), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...lines.map(row)].join('\n');
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
