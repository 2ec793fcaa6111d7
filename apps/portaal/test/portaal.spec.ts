import { openBrowser, ernstigeSchendingen, inloggen, schermafdruk, Browsersessie } from './harness/browser';
import { PortaalOmgeving, startPortaal } from './harness/portaal';
import { meldTestinwonerAan } from './support/aanmelding';
import { inloggenAlsInwoner, TESTINWONERS } from './support/inwoner-login';

/** The portaal's frame: the development login, the menu per role, the proxy to the services. */
describe('portaal: login and frame', () => {
  let omgeving: PortaalOmgeving;
  let browser: Browsersessie;

  beforeAll(async () => {
    omgeving = await startPortaal();
    browser = await openBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.sluit();
    await omgeving?.stop();
  });

  it('sends a visitor without a session to the login page, which passes axe', async () => {
    const { page } = browser;
    await page.goto(`${omgeving.url}/werklijst`);
    await page.waitForURL(/\/inloggen$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Inloggen');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await schermafdruk(page, 'inloggen');
    expect(await ernstigeSchendingen(page)).toEqual([]);
  });

  it('says so when its configuration does not load, and tries again until the login appears', async () => {
    const { page } = browser;
    let pogingen = 0;
    // Two lost requests and one answered with a 502, as from a portaal that restarts behind its ingress.
    await page.route(
      '**/portaal/config',
      (route) => {
        pogingen++;
        return pogingen <= 2 ? route.abort('failed') : route.fulfill({ status: 502, body: 'Bad Gateway' });
      },
      { times: 3 },
    );
    try {
      await page.goto(`${omgeving.url}/inloggen`);
      await page.getByRole('status').filter({ hasText: 'Het portaal is even niet bereikbaar' }).waitFor();
      await page.getByLabel('Rol').waitFor();
      expect(pogingen).toBe(3);
    } finally {
      await page.unrouteAll();
    }
  });

  it('signs in with a role and organisation and shows only that role’s menu', async () => {
    const { page } = browser;
    await inloggen(page, omgeving.url, 'financien', 'wiz');
    expect(new URL(page.url()).pathname).toBe('/financien/declaraties');
    await page.getByText('Financiën · wiz').waitFor();
    const menu = await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents();
    expect(menu.length).toBeGreaterThan(0);
    expect(menu).not.toContain('Nieuwe aanmelding');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL(/\/inloggen$/);
  });

  it('works with the keyboard alone: skip link, login form, menu, and focus on each new page’s heading', async () => {
    const { page } = browser;
    const actief = () =>
      page.evaluate(() => ({
        tag: document.activeElement?.tagName,
        tekst: document.activeElement?.textContent?.trim(),
      }));
    await page.goto(`${omgeving.url}/inloggen`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await actief()).toEqual({ tag: 'A', tekst: 'Naar de inhoud' });
    await page.keyboard.press('Enter');
    expect((await actief()).tag).toBe('MAIN');

    await page.getByLabel('Rol').focus();
    await page.keyboard.press('ArrowDown'); // frontoffice → consulent
    expect(await page.getByLabel('Rol').inputValue()).toBe('consulent');
    await page.keyboard.press('Tab');
    expect((await actief()).tag).toBe('SELECT');
    await page.keyboard.press('Tab');
    await page.keyboard.type('k.visser');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/werklijst$/);
    await page.getByRole('heading', { level: 1, name: 'Werklijst' }).waitFor();
    expect(await actief()).toEqual({ tag: 'H1', tekst: 'Werklijst' });

    await page.getByRole('link', { name: 'Dashboard 20.000' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/dashboard$/);
    await page.getByRole('heading', { level: 1, name: '20.000 inwoners een stap vooruit' }).waitFor();
    expect(await actief()).toEqual({ tag: 'H1', tekst: '20.000 inwoners een stap vooruit' });
    await page.getByRole('button', { name: 'Uitloggen' }).click();
  });

  it('proxies a service under /api/<service>/ with the token, and refuses a request without one', async () => {
    const token = await omgeving.run.token({ role: 'financien', organisatie: 'wiz' });
    const ok = await fetch(`${omgeving.url}/api/subsidies/regelingen`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(ok.status).toBe(200);
    const zonder = await fetch(`${omgeving.url}/api/subsidies/regelingen`);
    expect(zonder.status).toBe(401);
    expect(zonder.headers.get('content-type')).toContain('application/problem+json');
  });

  it('logs an inwoner in with (development) DigiD: a test person lands on /mijn with an inwoner session', async () => {
    const { page } = browser;
    const [persoon] = TESTINWONERS;
    const aanmelding = await meldTestinwonerAan(omgeving, persoon);
    expect(aanmelding.status).toBe(201);
    // Not registered yet: intake's plain Dutch answer, and no session.
    await page.goto(`${omgeving.url}/inloggen`);
    // The test persons load after the form is shown and preselect the first one: type once they are there.
    await page.getByLabel('Testpersoon').locator('option', { hasText: persoon.naam }).waitFor({ state: 'attached' });
    await page.getByLabel('BSN', { exact: true }).fill(TESTINWONERS[2].bsn);
    expect(await page.getByLabel('BSN', { exact: true }).inputValue()).toBe(TESTINWONERS[2].bsn);
    await page.getByRole('button', { name: 'Inloggen met DigiD' }).click();
    await page.getByRole('alert').getByText('U bent nog niet bij ons bekend').waitFor();
    expect(new URL(page.url()).pathname).toBe('/inloggen');

    await page.goto(`${omgeving.url}/inloggen`);
    await page.getByLabel('Testpersoon').selectOption(persoon.bsn);
    await page.getByRole('button', { name: 'Inloggen met DigiD' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/mijn'));
    const token = await page.evaluate(() => sessionStorage.getItem('wiz.portaal.token'));
    const claims = JSON.parse(Buffer.from(token!.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ inwonerId: aanmelding.body.inwonerId, name: persoon.naam, organisatie: 'GM0014' });
    expect(JSON.stringify(claims)).not.toContain(persoon.bsn);
    // The portaal passes the inwoner's token on: their own traject list under /mijn, a staff route refused.
    const eigen = await fetch(`${omgeving.url}/api/trajecten/mijn/trajecten`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(eigen.status).toBe(200);
    const staf = await fetch(`${omgeving.url}/api/intake/inwoners/${aanmelding.body.inwonerId}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(staf.status).toBe(403);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL(/\/inloggen$/);

    // The helper other specs use logs in the same way.
    await inloggenAlsInwoner(page, omgeving.url, persoon.bsn);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL(/\/inloggen$/);
  });

  it('refuses a development login with an unknown role as a problem naming the field', async () => {
    const res = await fetch(`${omgeving.url}/portaal/dev-token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ rol: 'koning', organisatie: 'GM0014' }),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await res.json()).errors).toEqual([expect.objectContaining({ field: 'rol' })]);
  });

  it('signs a team lead in with a team: the token carries it, and the team’s caseload is the start page', async () => {
    const { page } = browser;
    await inloggen(page, omgeving.url, 'teamleider', 'UWV', { naam: 't.dijkstra', team: 'Matchen Noord' });
    expect(new URL(page.url()).pathname).toBe('/caseload/team');
    // The heading names the team the page read from the token's team claim.
    await page.getByRole('heading', { level: 1, name: 'Team Matchen Noord' }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link').allTextContents()).toEqual(
      expect.arrayContaining(['Mijn caseload', 'Team', 'Overdrachten']),
    );
    expect(await menu.getByRole('link', { name: 'Werklijst' }).count()).toBe(0);
    const res = await fetch(`${omgeving.url}/portaal/dev-token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ rol: 'consulent', organisatie: 'UWV', team: '<script>' }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors).toEqual([expect.objectContaining({ field: 'team' })]);
  });
});
