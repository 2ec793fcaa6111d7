import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildAsyncApiDocument } from './asyncapi-document';
import { renderCatalogMarkdown } from './catalog-markdown';

export { buildAsyncApiDocument } from './asyncapi-document';
export { renderCatalogMarkdown } from './catalog-markdown';

/** Writes asyncapi.json and README.md into `outputDir`; returns the written paths. */
export function writeCatalog(outputDir: string): string[] {
  mkdirSync(outputDir, { recursive: true });
  const asyncApiPath = join(outputDir, 'asyncapi.json');
  const readmePath = join(outputDir, 'README.md');
  writeFileSync(asyncApiPath, JSON.stringify(buildAsyncApiDocument(), null, 2) + '\n');
  writeFileSync(readmePath, renderCatalogMarkdown());
  return [asyncApiPath, readmePath];
}

// Usage: node dist/catalog/generate-catalog.js [outputDir]. The directory is an argument (default
// ./docs/events) so the script behaves the same from src, from dist and from any working directory.
if (require.main === module) {
  const outputDir = resolve(process.argv[2] ?? join(process.cwd(), 'docs', 'events'));
  for (const path of writeCatalog(outputDir)) console.log(`wrote ${path}`);
}
