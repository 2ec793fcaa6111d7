import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { workspaceRoot } from '@wiz/platform/testing';

/** Screenshots of the main screens, kept as test artifacts. */
export const SCHERMAFDRUKKEN = path.join(workspaceRoot(), 'reports/screenshots/portaal');

export interface Browsersessie {
  browser: Browser | BrowserContext;
  page: Page;
  sluit(): Promise<void>;
}

/**
 * Debian's Chromium (installed by .ci/run with apt), never a downloaded browser, with a fresh profile and without
 * the background traffic this machine's closed network would refuse. A laptop-sized window.
 */
export async function openBrowser(): Promise<Browsersessie> {
  const profiel = mkdtempSync(path.join(tmpdir(), 'wiz-chromium-'));
  const context = await chromium.launchPersistentContext(profiel, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1366, height: 900 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    acceptDownloads: true,
    args: [
      '--lang=nl-NL',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  houdLogboekBij(page);
  return {
    browser: context,
    page,
    async sluit() {
      await context.close();
      rmSync(profiel, { recursive: true, force: true });
    },
  };
}

/** What went wrong in each page, newest last, so a failing step can say what the browser saw. */
const logboeken = new WeakMap<Page, string[]>();

function houdLogboekBij(page: Page): void {
  const logboek: string[] = [];
  logboeken.set(page, logboek);
  const schrijf = (regel: string) => {
    logboek.push(`${new Date().toISOString().slice(11, 23)} ${regel}`);
    if (logboek.length > 40) logboek.shift();
  };
  page.on('console', (m) => m.type() === 'error' && schrijf(`console: ${m.text()}`));
  page.on('pageerror', (e) => schrijf(`page error: ${e.message}`));
  page.on('requestfailed', (r) => schrijf(`failed: ${r.method()} ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => r.status() >= 500 && schrijf(`${r.status()}: ${r.request().method()} ${r.url()}`));
  page.on('crash', () => schrijf('the page crashed'));
}

/** Runs a step; when it fails, its error also says where the page is, what it shows and what went wrong in it. */
async function metToestand<T>(page: Page, stap: () => Promise<T>): Promise<T> {
  try {
    return await stap();
  } catch (err) {
    const tekst = await page
      .locator('body')
      .innerText({ timeout: 2_000 })
      .catch((e: Error) => `(no text: ${e.message})`);
    const logboek = logboeken.get(page) ?? [];
    const fout = err as Error;
    const oud = fout.message;
    fout.message +=
      `\n  page: ${page.url()}\n  shows: ${tekst.replace(/\s+/g, ' ').slice(0, 400)}` +
      `\n  browser log:${logboek.length ? logboek.map((r) => `\n    ${r}`).join('') : ' (empty)'}`;
    // Jest prints the stack, which holds the message as it was when the error was made.
    fout.stack = fout.stack?.replace(oud, fout.message);
    throw err;
  }
}

/** Signs in through the development login, as a user would; optionally as a named user in a team. */
export async function inloggen(
  page: Page,
  baseUrl: string,
  rol: string,
  organisatie: string,
  als: { naam?: string; team?: string } = {},
): Promise<void> {
  await metToestand(page, async () => {
    await page.goto(`${baseUrl}/inloggen`);
    await page.getByLabel('Rol').selectOption(rol);
    await page.getByLabel('Organisatie').selectOption(organisatie);
    if (als.naam) await page.getByLabel('Gebruikersnaam').fill(als.naam);
    if (als.team) await page.getByLabel('Team', { exact: true }).fill(als.team);
    // Exactly: the page also has the inwoner's 'Inloggen met DigiD'.
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
    // The URL changes before the start page has rendered: wait for its own heading.
    await page
      .getByRole('heading', { level: 1 })
      .filter({ hasNotText: /^Inloggen$/ })
      .waitFor();
  });
}

export async function schermafdruk(page: Page, naam: string): Promise<string> {
  mkdirSync(SCHERMAFDRUKKEN, { recursive: true });
  const bestand = path.join(SCHERMAFDRUKKEN, `${naam}.png`);
  await page.screenshot({ path: bestand, fullPage: true });
  return bestand;
}

export interface AxeSchending {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in the page against WCAG 2.1 A and AA and returns the serious and critical violations (with
 * `alle`, every violation whatever its impact), described so a failing test says what and where.
 */
export async function ernstigeSchendingen(page: Page, { alle = false } = {}): Promise<string[]> {
  // Evaluated through the DevTools protocol rather than a <script> tag, so the page's CSP stays on in the tests.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
      .violations;
  })) as AxeSchending[];
  return violations
    .filter((v) => alle || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
