import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * deploy/Dockerfile and .dockerignore read the way Docker reads them, for the tests (no Docker engine on these
 * machines). Only the syntax the Dockerfile uses: instructions with `\` continuations and comments, `FROM image AS
 * name`, `COPY [--flag=value…] source… destination`; patterns with `*`, `**`, `?` and `!`.
 */
export const ROOT = path.resolve(__dirname, '../..');

export interface Instruction {
  keyword: string;
  args: string;
}

export interface Stage {
  name: string;
  from: string;
  instructions: Instruction[];
}

export interface Copy {
  from?: string;
  sources: string[];
  destination: string;
}

export function parseDockerfile(text: string): Stage[] {
  const lines = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, keyword, args] = /^(\S+)\s+(.*)$/.exec(line) ?? [];
    if (!keyword) throw new Error(`not an instruction: ${line}`);
    if (keyword.toUpperCase() === 'FROM') {
      const [from, as, name] = args.split(/\s+/);
      stages.push({ from, name: as?.toUpperCase() === 'AS' ? name : String(stages.length), instructions: [] });
    } else if (!stages.length) throw new Error(`${keyword} before the first FROM`);
    else stages[stages.length - 1].instructions.push({ keyword: keyword.toUpperCase(), args });
  }
  return stages;
}

export function copies(stage: Stage): Copy[] {
  return stage.instructions
    .filter((i) => i.keyword === 'COPY')
    .map((i) => {
      const words = i.args.split(/\s+/);
      const flags = words.filter((w) => w.startsWith('--'));
      const paths = words.filter((w) => !w.startsWith('--'));
      const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
      return { ...(from ? { from } : {}), sources: paths.slice(0, -1), destination: paths[paths.length - 1] };
    });
}

export const runs = (stage: Stage) => stage.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);

export function readDockerfile(): Stage[] {
  return parseDockerfile(readFileSync(path.join(ROOT, 'deploy/Dockerfile'), 'utf8'));
}

/** The workspaces of the root package.json, globs expanded: libs/platform, services/intake, …, e2e. */
export function workspaces(): string[] {
  const { workspaces: globs } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    workspaces: string[];
  };
  return globs.flatMap((glob) => {
    if (!glob.endsWith('/*')) return [glob];
    const parent = glob.slice(0, -2);
    return readdirSync(path.join(ROOT, parent))
      .map((d) => `${parent}/${d}`)
      .filter((d) => existsSync(path.join(ROOT, d, 'package.json')));
  });
}

/** A pattern (.dockerignore, a shell path) as a regular expression: `**` any run of directories, `*` and `?` within one name. */
export function patternRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      i++;
      if (pattern[i + 1] === '/') {
        i++;
        re += '(?:.*/)?';
      } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * Whether Docker leaves `file` (relative to the context) out of the build context: the last pattern that matches the
 * file or one of its parent directories decides, excluding unless it starts with `!`.
 */
export function dockerignore(text: string): (file: string) => boolean {
  const rules = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const negated = l.startsWith('!');
      const pattern = path.posix.normalize((negated ? l.slice(1) : l).replace(/^\/+/, '')).replace(/\/$/, '');
      return { negated, re: patternRegExp(pattern) };
    });
  return (file) => {
    const parts = path.posix.normalize(file).split('/');
    const selves = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    let excluded = false;
    for (const { negated, re } of rules) if (selves.some((s) => re.test(s))) excluded = !negated;
    return excluded;
  };
}
