import type { Role } from '@wiz/platform';
import { eventually, type ServiceProcess, type TestRun } from '@wiz/platform/testing';

export interface Answer {
  status: number;
  headers: Headers;
  body: any;
  bytes: Buffer;
}

/** Which service serves a path of the contract, by its first segment after /api/v1. */
const SERVICE_OF: Record<string, string> = {
  aanmeldingen: 'intake',
  inwoners: 'intake',
  trajecten: 'trajecten',
  opvolgingen: 'trajecten',
  monitor: 'trajecten',
  werkgevers: 'werkgevers',
  vacatures: 'werkgevers',
  arrangementen: 'werkgevers',
  'sroi-verplichtingen': 'werkgevers',
  plaatsingen: 'werkgevers',
  rapportage: 'werkgevers',
  regelingen: 'subsidies',
  kostenregels: 'subsidies',
  declaraties: 'subsidies',
};

/** The role the contract names for each service's users. */
export const ROLE_OF: Record<string, Role> = {
  intake: 'frontoffice',
  trajecten: 'consulent',
  werkgevers: 'werkgeversteam',
  subsidies: 'financien',
};

export function serviceOf(apiPath: string): string {
  const service = SERVICE_OF[apiPath.split('/')[3]?.split('?')[0]];
  if (!service) throw new Error(`no service serves ${apiPath}`);
  return service;
}

export interface Caller {
  role: Role;
  organisatie: string;
}

/**
 * Sends requests to the services of one test run as a client would: a bearer token of the given role and
 * organisation (none when `caller` is null), JSON in, the answer's status, headers and body (JSON when it is JSON).
 */
export class ContractClient {
  constructor(
    private readonly run: TestRun,
    private readonly services: () => ServiceProcess[],
  ) {}

  async send(
    caller: Caller | null,
    method: string,
    apiPath: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const service = this.services().find((s) => s.name === serviceOf(apiPath));
    const token = caller && (await this.run.token({ role: caller.role, organisatie: caller.organisatie }));
    const res = await fetch(`${service!.url}${apiPath}`, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    const json = /json/.test(res.headers.get('content-type') ?? '') && bytes.length > 0;
    return {
      status: res.status,
      headers: res.headers,
      body: json ? JSON.parse(bytes.toString('utf8')) : undefined,
      bytes,
    };
  }
}

/** Polls until `check` gives a value (not undefined); events travel between services asynchronously. */
export function until<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> {
  return eventually(
    async () => {
      const found = await check();
      if (found === undefined) throw new Error(`timed out waiting for ${what}`);
      return found;
    },
    timeoutMs,
    200,
  );
}
