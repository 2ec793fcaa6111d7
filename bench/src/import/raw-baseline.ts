import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { serviceNodeArgs, workspaceRoot } from '@wiz/platform/testing';

export interface RuweLezing {
  dataRijen: number;
  cellen: number;
  seconden: number;
  rssVoorMb: number;
  piekRssMb: number;
}

/**
 * Reads `file` with ExcelJS's streaming reader alone in a fresh process (raw-reader.ts) and returns its figures. The
 * process runs with the Node flags of the service it is the baseline of (subsidies' young generation of 8 MB): with
 * Node's default, the same read of the same file grew 185–186 MB in three runs and 374–413 MB in three others, in the
 * same minutes; with the service's flags 264–327 MB in twelve.
 */
export function leesRauw(file: string): Promise<RuweLezing> {
  const root = workspaceRoot();
  const child = spawn(
    process.execPath,
    [
      ...serviceNodeArgs(path.join(root, 'services/subsidies')),
      '-r',
      '@swc-node/register',
      path.join(root, 'bench/src/import/raw-reader.ts'),
      file,
    ],
    {
      cwd: root,
      env: { ...process.env, SWC_NODE_PROJECT: path.join(root, 'bench/tsconfig.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const uit: string[] = [];
  const fout: string[] = [];
  child.stdout.on('data', (d) => uit.push(String(d)));
  child.stderr.on('data', (d) => fout.push(String(d)));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`raw reader exited with ${code}:\n${fout.join('')}`));
      resolve(JSON.parse(uit.join('').trim().split('\n').pop()!) as RuweLezing);
    });
  });
}
