import * as fs from 'node:fs';
import * as path from 'node:path';
import { Document, Spectral } from '@stoplight/spectral-core';
import * as Parsers from '@stoplight/spectral-parsers';
import { fetch } from '@stoplight/spectral-runtime';
import { bundleAndLoadRuleset } from '@stoplight/spectral-ruleset-bundler/with-loader';

/**
 * The NL API Design Rules as Logius publishes them for Spectral (CC BY 4.0). The copy in ../shared beside the
 * repository is authoritative; a clone elsewhere falls back on the copy vendored in libs/platform/rulesets.
 */
const SHARED_RULESET = path.resolve(__dirname, '../../../../../shared/nl-api-design-rules.spectral.yaml');
export const NL_API_RULESET =
  process.env.NL_API_RULESET ??
  (fs.existsSync(SHARED_RULESET)
    ? SHARED_RULESET
    : path.resolve(__dirname, '../../rulesets/nl-api-design-rules.spectral.yaml'));

export interface LintFinding {
  code: string;
  message: string;
  path: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
}

const SEVERITY = ['error', 'warning', 'info', 'hint'] as const;

/** Lints an OpenAPI document with the NL API Design Rules ruleset. */
export async function lintOpenApi(document: object): Promise<LintFinding[]> {
  const ruleset = await bundleAndLoadRuleset(NL_API_RULESET, { fs, fetch });
  const spectral = new Spectral();
  spectral.setRuleset(ruleset);
  const results = await spectral.run(new Document(JSON.stringify(document, null, 2), Parsers.Json));
  return results.map((r) => ({
    code: String(r.code),
    message: r.message,
    path: r.path.join('.'),
    severity: SEVERITY[r.severity],
  }));
}
