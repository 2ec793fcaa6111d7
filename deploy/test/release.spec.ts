import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';

// What a municipality reads first: the licence, the changelog and publiccode.yml, consistent with each other.
const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

// strictRequired off: the schema requires keys inside if/then and not, where their definitions are not repeated.
const schema = JSON.parse(read('deploy/test/publiccode.schema.json'));
const validate = new Ajv({ strict: true, strictRequired: false, allErrors: true }).compile(schema);
const errors = (doc: unknown) => (validate(doc) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`));
const publiccode = parse(read('publiccode.yml'));

/** The workspace folders that hold a package.json: `libs/*` expanded, plain names as they are. */
const workspaces = (patterns: string[]): string[] =>
  patterns
    .flatMap((p) =>
      p.endsWith('/*') ? readdirSync(path.join(root, p.slice(0, -2))).map((d) => `${p.slice(0, -2)}/${d}`) : [p],
    )
    .filter((dir) => existsSync(path.join(root, dir, 'package.json')));

/** The releases of CHANGELOG.md, newest first: `## [1.0.0] - 2026-12-04`. */
const changelog = read('CHANGELOG.md');
const releases = [...changelog.matchAll(/^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$/gm)].map((m) => ({
  version: m[1],
  date: m[2],
}));

// The published schema of the catalogues' editors (SchemaStore's publiccode.json, in the schemastore 0.2.2 package):
// written for an earlier version of the standard, it still requires genericName (deprecated in 0.4, so both hold).
const published = new Ajv({ strict: false, allErrors: true }).compile(
  JSON.parse(readFileSync(require.resolve('schemastore/schemas/json/publiccode.json'), 'utf8')),
);

describe('publiccode.yml', () => {
  it('is valid against the publiccode.yml 0.4 schema', () => {
    expect(publiccode.publiccodeYmlVersion).toBe('0.4');
    expect(errors(publiccode)).toEqual([]);
  });

  it("is valid against SchemaStore's published publiccode.json, which refuses a file without legal", () => {
    expect(published(publiccode) ? [] : published.errors).toEqual([]);
    const { legal: _legal, ...zonderLegal } = publiccode;
    expect(published(zonderLegal)).toBe(false);
    expect(published.errors!.map((e) => e.message)).toContain("must have required property 'legal'");
  });

  const broken: [string, (doc: any) => void, RegExp][] = [
    ['without legal', (d) => delete d.legal, /must have required property 'legal'/],
    [
      'with a shortDescription over 150 characters',
      (d) => (d.description.en.shortDescription = 'x'.repeat(151)),
      /\/description\/en\/shortDescription must NOT have more than 150/,
    ],
    [
      'with a longDescription under 150 characters',
      (d) => (d.description.nl.longDescription = 'kort'),
      /longDescription must NOT have fewer than 150/,
    ],
    [
      'with no language holding longDescription and features',
      (d) => {
        delete d.description.nl.features;
        delete d.description.en.features;
      },
      /\/description must NOT be valid/,
    ],
    [
      'with a category outside the standard list',
      (d) => d.categories.push('case-management'),
      /\/categories\/\d+ must be equal to one of the allowed values/,
    ],
    [
      'with an unknown developmentStatus',
      (d) => (d.developmentStatus = 'production'),
      /\/developmentStatus must be equal to one of the allowed values/,
    ],
    [
      'with internal maintenance and no contact',
      (d) => (d.maintenance = { type: 'internal' }),
      /\/maintenance must have required property 'contacts'/,
    ],
    ['with a date not written YYYY-MM-DD', (d) => (d.releaseDate = '04-12-2026'), /\/releaseDate must match pattern/],
    ['with a key the standard does not have', (d) => (d.licence = 'EUPL-1.2'), /must NOT have additional properties/],
    [
      'with a country section lacking its version',
      (d) => (d.nl = { foo: true }),
      /\/nl must have required property 'countryExtensionVersion'/,
    ],
    [
      'without localisation languages',
      (d) => (d.localisation.availableLanguages = []),
      /availableLanguages must NOT have fewer than 1/,
    ],
  ];
  it.each(broken)('fails %s', (_, breakIt, error) => {
    const doc = structuredClone(publiccode);
    breakIt(doc);
    expect(errors(doc).join('\n')).toMatch(error);
  });

  it('names the latest release of CHANGELOG.md, under the licence of LICENSE', () => {
    expect({ version: publiccode.softwareVersion, date: publiccode.releaseDate }).toEqual(releases[0]);
    expect(publiccode.legal.license).toBe('EUPL-1.2');
  });

  it('agrees with the root and every workspace package.json on version and licence', () => {
    const root = JSON.parse(read('package.json'));
    const manifests = [root, ...workspaces(root.workspaces).map((dir) => JSON.parse(read(`${dir}/package.json`)))];
    expect(manifests.length).toBeGreaterThan(10);
    expect(manifests.filter((m) => m.version !== publiccode.softwareVersion).map((m) => m.name)).toEqual([]);
    expect(manifests.filter((m) => m.license !== publiccode.legal.license).map((m) => m.name)).toEqual([]);
  });
});

describe('LICENSE', () => {
  it('is the full text of the European Union Public Licence 1.2', () => {
    const text = read('LICENSE');
    expect(text.split('\n')[0]).toBe('EUROPEAN UNION PUBLIC LICENCE v. 1.2');
    const articles = [...text.matchAll(/^(\d+)\.\s?[A-Z]/gm)].map((m) => Number(m[1]));
    expect(articles).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(text).toMatch(/‘Compatible Licences’ according to Article 5 EUPL are:/);
  });
});

describe('CHANGELOG.md', () => {
  it('keeps a changelog: Unreleased first, then releases newest first, each dated and grouped by kind of change', () => {
    expect(changelog.split('\n')[0]).toBe('# Changelog');
    const headings = [...changelog.matchAll(/^(##+) (.*)$/gm)].map((m) => [m[1].length, m[2]] as const);
    expect(headings[0]).toEqual([2, '[Unreleased]']);
    expect(releases.length).toBeGreaterThan(0);
    const semver = (v: string) => v.split('.').map(Number);
    const newer = (a: string, b: string) => {
      const [x, y] = [semver(a), semver(b)];
      const at = x.findIndex((n, i) => n !== y[i]);
      return at >= 0 && x[at] > y[at];
    };
    for (let i = 1; i < releases.length; i++) {
      expect(newer(releases[i - 1].version, releases[i].version)).toBe(true);
      expect(releases[i - 1].date >= releases[i].date).toBe(true);
    }
    const kinds = headings.filter(([level]) => level === 3).map(([, title]) => title);
    expect(kinds.length).toBeGreaterThan(0);
    expect(
      kinds.filter((k) => !['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'].includes(k)),
    ).toEqual([]);
    const level2 = headings.filter(([level]) => level === 2).map(([, title]) => title);
    expect(level2.slice(1)).toEqual(releases.map((r) => `[${r.version}] - ${r.date}`));
  });
});
