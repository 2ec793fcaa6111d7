import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildAsyncApiDocument, renderCatalogMarkdown, writeCatalog } from './generate-catalog';

describe('writeCatalog', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'wiz-catalog-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes asyncapi.json and README.md from the builders, creating the directory', () => {
    const target = join(dir, 'docs', 'events');
    expect(writeCatalog(target)).toEqual([join(target, 'asyncapi.json'), join(target, 'README.md')]);
    expect(JSON.parse(readFileSync(join(target, 'asyncapi.json'), 'utf8'))).toEqual(buildAsyncApiDocument());
    expect(readFileSync(join(target, 'README.md'), 'utf8')).toBe(renderCatalogMarkdown());
  });
});

describe('docs/events', () => {
  const docs = resolve(__dirname, '../../../../docs/events');

  it('is what npm run catalog writes from the schemas as they are now', () => {
    expect(readFileSync(join(docs, 'README.md'), 'utf8')).toBe(renderCatalogMarkdown());
    expect(JSON.parse(readFileSync(join(docs, 'asyncapi.json'), 'utf8'))).toEqual(buildAsyncApiDocument());
  });
});
