import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { workspaceRoot } from '@wiz/platform/testing';

/** .env.example names every setting of the README's Configuration table, so copying it shows all there is. */
describe('.env.example', () => {
  it('lists every variable of the README’s Configuration table', () => {
    const readme = readFileSync(path.join(workspaceRoot(), 'README.md'), 'utf8');
    const table = readme.slice(
      readme.indexOf('## Configuration'),
      readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1),
    );
    const firstCells = table
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => line.split('|')[1]);
    // `<SERVICE>_…` stands for one variable per service; the file gives the first as its example.
    const variables = firstCells.flatMap((cell) =>
      [...cell.matchAll(/`([A-Z<][A-Z0-9_<>]*)`/g)].map((m) => m[1].replace('<SERVICE>', 'INTAKE')),
    );
    expect(variables.length).toBeGreaterThan(60);
    const example = readFileSync(path.join(workspaceRoot(), '.env.example'), 'utf8');
    const listed = new Set([...example.matchAll(/^# ([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
    expect(variables.filter((name) => !listed.has(name))).toEqual([]);
  });
});
