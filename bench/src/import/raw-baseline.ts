import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { workspaceRoot } from '@wiz/platform/testing';

export interface RuweLezing {
  dataRijen: number;
  cellen: number;
  seconden: number;
  rssVoorMb: number;
  piekRssMb: number;
}

/** Reads `file` with ExcelJS's streaming reader alone in a fresh process (raw-reader.ts) and returns its figures. */
export function leesRauw(file: string): Promise<RuweLezing> {
  const root = workspaceRoot();
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', path.join(root, 'bench/src/import/raw-reader.ts'), file],
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
