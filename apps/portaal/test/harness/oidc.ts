import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { freePort } from '@wiz/platform/testing';

export interface OidcProviderAdres {
  /** The issuer URL the services and the portaal are configured with, before the provider runs. */
  issuer: string;
  jwksUri: string;
  /** Starts the provider with the portaal's callback as the client's only redirect URI. */
  start(redirectUri: string, claims?: { roles: string[]; organisatie: string }): Promise<OidcProvider>;
}

export interface OidcProvider {
  issuer: string;
  stop(): Promise<void>;
}

/**
 * A test OIDC provider (test/harness/oidc-provider.mjs) in a child process. Its address is fixed first because the
 * portaal and services need the issuer in their configuration while the provider needs the portaal's URL.
 */
export async function oidcProviderAdres(): Promise<OidcProviderAdres> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  return {
    issuer,
    jwksUri: `${issuer}/jwks`,
    start: (redirectUri, claims) => startProvider(port, redirectUri, claims),
  };
}

async function startProvider(
  port: number,
  redirectUri: string,
  claims = { roles: ['consulent'], organisatie: 'UWV' },
): Promise<OidcProvider> {
  const child = spawn(process.execPath, [path.join(__dirname, 'oidc-provider.mjs')], {
    env: {
      ...process.env,
      PORT: String(port),
      REDIRECT_URI: redirectUri,
      ROLES: claims.roles.join(','),
      ORGANISATIE: claims.organisatie,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await gereed(child);
  return { issuer: `http://127.0.0.1:${port}`, stop: () => stop(child) };
}

function gereed(child: ChildProcess): Promise<void> {
  const uitvoer: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`oidc-provider did not start:\n${uitvoer.join('')}`)), 15_000);
    child.stderr!.on('data', (d) => uitvoer.push(String(d)));
    child.stdout!.on('data', (d) => {
      uitvoer.push(String(d));
      if (uitvoer.join('').includes('oidc-provider ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`oidc-provider exited with ${code}:\n${uitvoer.join('')}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
