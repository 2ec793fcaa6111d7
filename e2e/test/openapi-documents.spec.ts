import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DynamicModule } from '@nestjs/common';
import { ApiDescription, loadPlatformConfig, openApiDocumentOf, PlatformConfig, ServiceName } from '@wiz/platform';
import { lintOpenApi } from '@wiz/platform/testing';

/**
 * The committed OpenAPI documents (docs/openapi/<service>.json) are what the code produces, and each lints clean
 * with the NL API Design Rules. `npm run openapi` runs this file with OPENAPI_WRITE=1 to write them instead.
 * Built from each service's module in Nest's preview mode: no database, NATS or Redis, about a second each.
 */
const DOCS = path.resolve(__dirname, '../../docs/openapi');
const ENV = { NODE_ENV: 'development' };

type Service = () => { module: (config: PlatformConfig) => DynamicModule; api: ApiDescription };

/** A service's app module, loaded when its tests run, so a service that does not compile fails its own tests only. */
function load<T>(module: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose, see above
  return require(module) as T;
}

const SERVICES: Record<ServiceName, Service> = {
  intake: () => {
    const { IntakeModule, INTAKE_API } = load<typeof import('../../services/intake/src/app.module')>(
      '../../services/intake/src/app.module',
    );
    return { module: (config) => IntakeModule.register(config, ENV), api: INTAKE_API };
  },
  trajecten: () => {
    const { TrajectenAppModule, TRAJECTEN_API } = load<typeof import('../../services/trajecten/src/app.module')>(
      '../../services/trajecten/src/app.module',
    );
    return { module: (config) => TrajectenAppModule.register(config, ENV), api: TRAJECTEN_API };
  },
  werkgevers: () => {
    const { WerkgeversAppModule, WERKGEVERS_API } = load<typeof import('../../services/werkgevers/src/app.module')>(
      '../../services/werkgevers/src/app.module',
    );
    return { module: (config) => WerkgeversAppModule.register(config, ENV), api: WERKGEVERS_API };
  },
  subsidies: () => {
    const { SubsidiesAppModule, SUBSIDIES_API } = load<typeof import('../../services/subsidies/src/app.module')>(
      '../../services/subsidies/src/app.module',
    );
    return { module: (config) => SubsidiesAppModule.register(config, ENV), api: SUBSIDIES_API };
  },
};

async function documentOf(service: ServiceName): Promise<object> {
  const { module, api } = SERVICES[service]();
  const document = await openApiDocumentOf(module(loadPlatformConfig(service, ENV)), api);
  return JSON.parse(JSON.stringify(document)) as object; // as served: what JSON leaves out (undefined) is not in it
}

describe.each(Object.keys(SERVICES) as ServiceName[])('docs/openapi/%s.json', (service) => {
  const file = path.join(DOCS, `${service}.json`);
  let document: object;

  beforeAll(async () => {
    document = await documentOf(service);
    if (process.env.OPENAPI_WRITE) {
      fs.mkdirSync(DOCS, { recursive: true });
      fs.writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`); // scripts/openapi.mjs formats it after
    }
  });

  it('is what the code produces (run `npm run openapi` after changing an operation)', () => {
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(document);
  });

  it('names each request and response class once (the document keys its schemas by class name: a second class of the same name replaces the first)', () => {
    const names = dtoClassNames(path.resolve(__dirname, `../../services/${service}/src`));
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it('lints clean with the NL API Design Rules', async () => {
    expect(await lintOpenApi(document)).toEqual([]);
  });
});

/** The names of the zod DTO classes (`class X extends createZodDto(…)`) in a service's sources. */
function dtoClassNames(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).flatMap((entry) => {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.spec.ts')) return [];
    const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    return [...text.matchAll(/class (\w+) extends createZodDto\b/g)].map((m) => m[1]);
  });
}
