import type { Page } from 'playwright-core';
import { Browsersessie, ernstigeSchendingen, openBrowser, schermafdruk } from './harness/browser';
import { OidcProvider, oidcProviderAdres } from './harness/oidc';
import { PortaalOmgeving, startPortaal } from './harness/portaal';

/** Reads a JWT's payload (no verification: the services do that; the test only looks at what was issued). */
const claimsVan = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;

/**
 * The production login: the portaal signs in through a real OIDC provider (authorization code with PKCE) and the
 * services, trusting only that provider, accept its access token through the proxy. No development login exists.
 */
describe('portaal: login through the OIDC provider', () => {
  let omgeving: PortaalOmgeving;
  let provider: OidcProvider;
  let browser: Browsersessie;
  let page: Page;

  beforeAll(async () => {
    const adres = await oidcProviderAdres();
    omgeving = await startPortaal(
      { AUTH_ISSUER: adres.issuer, AUTH_AUDIENCE: 'wiz', AUTH_JWKS_URL: adres.jwksUri, AUTH_ALGORITHMS: 'ES256' },
      { OIDC_AUTHORITY: adres.issuer, OIDC_CLIENT_ID: 'portaal' },
    );
    provider = await adres.start(`${omgeving.url}/inloggen/terug`, { roles: ['consulent'], organisatie: 'UWV' });
    browser = await openBrowser();
    page = browser.page;
  }, 120_000);
  afterAll(async () => {
    await browser?.sluit();
    await provider?.stop();
    await omgeving?.stop();
  });

  it('offers only the organisation account on the login page, which passes axe', async () => {
    await page.goto(`${omgeving.url}/werklijst`);
    await page.waitForURL(/\/inloggen$/);
    await page.getByRole('button', { name: 'Inloggen met uw organisatieaccount' }).waitFor();
    expect(await page.getByLabel('Rol').count()).toBe(0);
    expect(await page.getByLabel('Organisatie').count()).toBe(0);
    expect(await ernstigeSchendingen(page)).toEqual([]);
  });

  it('says so in Dutch when the user cancels at the provider, and offers to try again', async () => {
    await page.getByRole('button', { name: 'Inloggen met uw organisatieaccount' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByRole('link', { name: 'Cancel' }).click();
    await page.waitForURL(`${omgeving.url}/inloggen/terug?**`);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain(
      'Inloggen bij uw organisatie is niet gelukt. Probeer het opnieuw.',
    );
    await page.getByRole('link', { name: 'Opnieuw inloggen' }).click();
    await page.waitForURL(`${omgeving.url}/inloggen`);
  });

  it('signs in at the provider and lands on the consulent’s worklist, loaded from trajecten with the provider’s token', async () => {
    await page.getByRole('button', { name: 'Inloggen met uw organisatieaccount' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByPlaceholder('Enter any login').fill('c.devries');
    await page.getByPlaceholder('and password').fill('geheim');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    // The provider asks the user once to allow the portaal; clicking through is part of the real flow.
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.waitForURL(`${omgeving.url}/werklijst`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Werklijst');
    await page.getByText('0 trajecten gevonden').waitFor();
    await page.getByText('Er zijn geen opvolgingen.').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByText('Consulent · UWV').waitFor();
    const menu = await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents();
    expect(menu).toContain('Werklijst');
    expect(menu).not.toContain('Nieuwe aanmelding');
    await schermafdruk(page, 'inloggen-oidc');

    // The session holds the provider's access token: issued by it, for the services, carrying the role claims.
    const token = (await page.evaluate(() => sessionStorage.getItem('wiz.portaal.token')))!;
    expect(claimsVan(token)).toMatchObject({
      iss: provider.issuer,
      aud: 'wiz',
      sub: 'c.devries',
      roles: ['consulent'],
      organisatie: 'UWV',
    });
    const res = await fetch(`${omgeving.url}/api/trajecten/trajecten?status=actief`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect((await res.json()).items).toEqual([]);

    // Coming back to the used callback URL (Back, a bookmark) with a session goes on to the start page.
    await page.goto(`${omgeving.url}/inloggen/terug?code=gebruikt&state=gebruikt`);
    await page.waitForURL(`${omgeving.url}/werklijst`);
  });

  it('has no development login: the dev-token route does not exist and dev-issuer tokens are refused', async () => {
    const devLogin = await fetch(`${omgeving.url}/portaal/dev-token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ rol: 'beheer', organisatie: 'wiz' }),
    });
    expect(devLogin.status).toBe(404);
    const devToken = await omgeving.run.token({ role: ['consulent'], organisatie: 'UWV' });
    const res = await fetch(`${omgeving.url}/api/trajecten/trajecten?status=actief`, {
      headers: { Authorization: `Bearer ${devToken}` },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});
