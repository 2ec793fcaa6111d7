// The command line of every script: `--help` prints its usage and exits 0; an unknown option or a bad value is
// named in one line and exits 2 (no stack trace), so a typo never silently runs something else.
import * as path from 'node:path';
import { parseArgs } from 'node:util';

/**
 * Parses the script's arguments strictly (node:util parseArgs) and handles --help (-h).
 * @param {object} spec
 * @param {string} spec.usage what --help prints: how to call the script, then its options
 * @param {import('node:util').ParseArgsConfig['options']} [spec.options]
 * @param {boolean} [spec.allowPositionals]
 * @param {string[]} [argv]
 * @returns {{ values: Record<string, string | boolean | undefined>, positionals: string[] }}
 */
export function parseCommandLine({ usage, options = {}, allowPositionals = false }, argv = process.argv.slice(2)) {
  const all = { ...options, help: { type: 'boolean', short: 'h' } };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: all, allowPositionals, strict: true });
  } catch (err) {
    const unknown = /^Unknown option '([^']+)'/.exec(err.message);
    const known = Object.keys(all)
      .map((name) => `--${name}`)
      .join(', ');
    usageError(unknown ? `unknown option ${unknown[1]} (options: ${known})` : err.message);
  }
  if (parsed.values.help) {
    console.log(usage.trim());
    process.exit(0);
  }
  return parsed;
}

/** Says what is wrong with the command line and exits 2, the usual code for a usage error. */
export function usageError(message) {
  console.error(`${path.basename(process.argv[1] ?? 'script')}: ${message}`);
  console.error('Run it with --help for its usage.');
  process.exit(2);
}
