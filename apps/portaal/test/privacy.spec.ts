import { kalenderdag } from '@wiz/contracts';
import type { Page, Request } from 'playwright-core';
import { Browsersessie, ernstigeSchendingen, inloggen, openBrowser, schermafdruk } from './harness/browser';
import { PortaalOmgeving, roepAls, startPortaal, Wie } from './harness/portaal';
import { meldSanneJansenAan } from './support/aanmelding';

const BALIE: Wie = { rol: 'frontoffice', organisatie: 'GM0014', subject: 'f.balie' };
const CONSULENT: Wie = { rol: 'consulent', organisatie: 'UWV', subject: 'k.visser' };

/**
 * Issue 19's privacy officer: "who saw this person's data this year?" answered on one screen from the audit trails
 * of all four services; a restriction set and lifted with a reason after a confirmation; a service that does not
 * answer is named, never silently left out.
 */
describe('portaal: the privacy officer (one trail across the services, requests)', () => {
  let omgeving: PortaalOmgeving;
  let browser: Browsersessie;
  let page: Page;
  let inwonerId: string;
  const tabel = () => page.getByRole('table', { name: /^Audittrail van alle diensten/ });
  const rijVan = (gebruiker: string) => tabel().getByRole('row').filter({ hasText: gebruiker });
  const zoekInwoner = async () => {
    const formulier = page.getByRole('form', { name: 'Wie zag welke gegevens?' });
    await formulier.getByLabel('Zoeken op').selectOption('inwoner');
    await formulier.getByLabel('Inwoner-id').fill(inwonerId);
    await formulier.getByRole('button', { name: 'Zoeken in alle diensten' }).click();
  };

  beforeAll(async () => {
    omgeving = await startPortaal();
    browser = await openBrowser();
    page = browser.page;
    const { aanmelding, traject } = await meldSanneJansenAan(omgeving);
    inwonerId = aanmelding.inwonerId;
    // A front-office employee opens the person, a consulent the traject: two reads in two services.
    expect((await roepAls(omgeving, 'intake', BALIE, 'GET', `/inwoners/${inwonerId}`)).status).toBe(200);
    expect((await roepAls(omgeving, 'trajecten', CONSULENT, 'GET', `/trajecten/${traject.id}`)).status).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await browser?.sluit();
    await omgeving?.stop();
  });

  it('starts the privacy officer on "Inzage in persoonsgegevens"; beheer does not get that menu', async () => {
    await inloggen(page, omgeving.url, 'beheer', 'wiz');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link', { name: 'Inzage in persoonsgegevens' }).count()).toBe(0);
    await inloggen(page, omgeving.url, 'privacy', 'wiz', { naam: 'p.fg' });
    expect(new URL(page.url()).pathname).toBe('/privacy/inzage');
    await menu.getByRole('link', { name: 'Inzage in persoonsgegevens' }).waitFor();
  });

  it("finds the person by surname and birth date, and shows the consulent's read in plain words", async () => {
    const adressen: string[] = [];
    const zoekvragen: { method: string; body: string | null }[] = [];
    const luister = (r: Request) => {
      adressen.push(r.url());
      if (r.url().includes('/inwoners/_zoek')) zoekvragen.push({ method: r.method(), body: r.postData() });
    };
    page.on('request', luister);
    const zoeken = page.getByRole('form', { name: 'Inwoner zoeken' });
    await zoeken.getByLabel('Zoeken op').selectOption('naam');
    await zoeken.getByLabel('Achternaam').fill('jansen');
    await zoeken.getByLabel('Geboortedatum').fill('17-5-1988');
    await zoeken.getByRole('button', { name: 'Zoeken', exact: true }).click();
    const gevonden = page.getByRole('table', { name: 'Gevonden inwoners' });
    // allTextContents does not wait: first the answer's row, then that it is the only one.
    await gevonden.getByRole('link', { name: 'Sanne Jansen' }).waitFor();
    expect(await gevonden.getByRole('link').allTextContents()).toEqual(['Sanne Jansen']);
    expect(await ernstigeSchendingen(page)).toEqual([]);
    await gevonden.getByRole('link', { name: 'Sanne Jansen' }).click();

    const consulent = rijVan('k.visser').first();
    await consulent.waitFor();
    expect((await consulent.getByRole('cell').allTextContents()).slice(1)).toEqual([
      'k.visser',
      'Consulent',
      'UWV',
      'Trajecten',
      'Traject bekeken',
      'Begeleiding naar werk',
      expect.stringMatching(/^traject/),
    ]);
    const balie = await rijVan('f.balie')
      .filter({ hasText: 'Gegevens bekeken' })
      .first()
      .getByRole('cell')
      .allTextContents();
    expect(balie.slice(5, 7)).toEqual(['Gegevens bekeken', 'Hulp aan de inwoner']);
    // The search went in a POST body; the address names the chosen person by id only.
    expect(zoekvragen).toEqual([{ method: 'POST', body: expect.stringContaining('"achternaam":"jansen"') }]);
    expect(new URL(page.url()).searchParams.get('inwonerId')).toBe(inwonerId);
    expect(adressen.filter((a) => /jansen|1988/i.test(a))).toEqual([]);
    page.off('request', luister);
    await schermafdruk(page, 'privacy-inzage-gezocht');
  });

  it('shows who read the person this year, from intake and trajecten, in one time-ordered table', async () => {
    await zoekInwoner();
    await rijVan('k.visser').first().waitFor();
    expect(await page.getByText('Onvolledig: niet alle diensten gaven antwoord').count()).toBe(0);
    const cellen = async (gebruiker: string) => rijVan(gebruiker).first().getByRole('cell').allTextContents();
    // when, who, role, organisation, service, action, purpose, what
    expect(await cellen('f.balie')).toEqual([
      expect.any(String),
      'f.balie',
      'Frontoffice',
      'Gemeente (GM0014)',
      'Intake',
      expect.any(String),
      expect.any(String),
      expect.any(String),
    ]);
    expect((await cellen('k.visser')).slice(1, 5)).toEqual(['k.visser', 'Consulent', 'UWV', 'Trajecten']);
    // Latest first: the consulent read after the front office.
    const wie = await tabel().locator('tbody tr td:nth-child(2)').allTextContents();
    expect(wie.indexOf('k.visser')).toBeLessThan(wie.lastIndexOf('f.balie'));
    expect(new URL(page.url()).searchParams.get('van')).toBe(`${kalenderdag(new Date()).slice(0, 4)}-01-01`);
    await schermafdruk(page, 'privacy-inzage');
    expect(await ernstigeSchendingen(page)).toEqual([]);
  });

  it('restricts the processing with a reason after a confirmation, then lifts it', async () => {
    const formulier = page.getByRole('form', { name: 'Beperking van de verwerking' });
    await formulier.getByLabel(/^Reden/).fill('Inwoner betwist de juistheid van de gegevens');
    await formulier.getByRole('button', { name: 'Beperking instellen…' }).click();
    await formulier.getByText('De gegevens blijven bewaard').waitFor();
    expect(await ernstigeSchendingen(page)).toEqual([]);
    await formulier.getByRole('button', { name: 'Ja, beperking instellen' }).click();
    const verzoeken = page.getByRole('table', { name: 'Verzoeken van deze inwoner' });
    await verzoeken
      .getByRole('row')
      .filter({ hasText: 'Beperking ingesteld' })
      .filter({ hasText: 'in werking' })
      .waitFor();
    expect((await roepAls(omgeving, 'intake', BALIE, 'GET', `/inwoners/${inwonerId}`)).status).toBe(403);

    const opheffen = page.getByRole('form', { name: 'Beperking opheffen' });
    await opheffen.getByLabel(/^Reden/).fill('Gegevens gecontroleerd en juist bevonden');
    await opheffen.getByRole('button', { name: 'Beperking opheffen…' }).click();
    await opheffen.getByRole('button', { name: 'Ja, beperking opheffen' }).click();
    await verzoeken.getByRole('row').filter({ hasText: 'Beperking opgeheven' }).waitFor();
    expect((await roepAls(omgeving, 'intake', BALIE, 'GET', `/inwoners/${inwonerId}`)).status).toBe(200);
    await schermafdruk(page, 'privacy-verzoeken');
  });

  it('shows the unusual-reading report of a day as the second tab', async () => {
    await page
      .getByRole('navigation', { name: 'Onderdelen' })
      .getByRole('link', { name: 'Ongebruikelijk lezen' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Ongebruikelijk lezen' }).waitFor();
    await page.getByLabel('Dag').waitFor();
    await page
      .getByText(/Geen ongebruikelijk lezen op|Ongebruikelijk lezen op/)
      .first()
      .waitFor();
    expect(await ernstigeSchendingen(page)).toEqual([]);
  });

  it('answers an objection the inwoner made themselves, on "Vragen van inwoners"', async () => {
    const mijn = async (method: string, body?: object) => {
      const res = await fetch(`${omgeving.dienst('intake')}/api/v1/mijn/rechtenverzoeken`, {
        method,
        headers: {
          Authorization: `Bearer ${await omgeving.run.inwonerToken(inwonerId)}`,
          ...(body ? { 'Content-Type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return { status: res.status, body: await res.json() };
    };
    const grond = 'Ik wil niet dat werkgevers mijn profiel zien.';
    expect((await mijn('POST', { recht: 'bezwaar', toelichting: grond })).status).toBe(201);

    await page
      .getByRole('navigation', { name: 'Onderdelen' })
      .getByRole('link', { name: 'Vragen van inwoners' })
      .click();
    const titel = 'Ik maak bezwaar tegen het gebruik van mijn gegevens';
    const vraagBlok = page.getByRole('region', { name: `${titel}: Sanne Jansen` });
    await vraagBlok.getByText(grond).waitFor();
    expect(await ernstigeSchendingen(page)).toEqual([]);
    // More time, once, with the reason the person reads (AVG art. 12(3)).
    await vraagBlok.locator('summary', { hasText: 'Termijn verlengen' }).click();
    const verlenging = vraagBlok.getByRole('form', { name: `Termijn verlengen: ${titel}` });
    await verlenging.getByLabel('Met').selectOption('2');
    const reden = 'Uw gegevens staan bij drie organisaties; wij zoeken uit wie ze met werkgevers deelde.';
    await verlenging.getByLabel(/^Reden voor de inwoner/).fill(reden);
    await verlenging.getByRole('button', { name: 'Termijn verlengen' }).click();
    await vraagBlok.getByText(`: ${reden}`, { exact: false }).waitFor();
    expect((await mijn('GET')).body.items).toEqual([
      expect.objectContaining({ status: 'open', verlenging: expect.objectContaining({ reden }) }),
    ]);
    expect(await ernstigeSchendingen(page)).toEqual([]);
    const vraag = vraagBlok.getByRole('form', { name: `Antwoord: ${titel}` });
    await vraag.getByLabel('Uitkomst').selectOption('afgewezen');
    const antwoord =
      'Uw profiel gaat alleen naar werkgevers als u daarvoor toestemming geeft; dat heeft u niet gedaan.';
    await vraag.getByLabel(/^Antwoord aan de inwoner/).fill(antwoord);
    await vraag.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.getByText('Er zijn geen open vragen.').waitFor();
    expect((await mijn('GET')).body.items).toEqual([
      expect.objectContaining({ recht: 'bezwaar', status: 'afgewezen', uitkomstToelichting: antwoord }),
    ]);
  });

  it('opens a person from the latest requests; a service that does not answer is named, not silently left out', async () => {
    await omgeving.services.find((s) => s.name === 'werkgevers')!.stop();
    await page
      .getByRole('navigation', { name: 'Onderdelen' })
      .getByRole('link', { name: 'Inzage in persoonsgegevens' })
      .click();
    // The latest requests open the person's trail again.
    await page.getByRole('button', { name: 'Recente verzoeken tonen' }).click();
    const recent = page.getByRole('table', { name: /^Recente privacyverzoeken/ });
    await recent.getByRole('row').filter({ hasText: 'Beperking opgeheven' }).waitFor();
    await recent
      .getByRole('link', { name: `Inzage ${inwonerId.slice(0, 8)}` })
      .first()
      .click();
    const melding = page.getByRole('alert').filter({ hasText: 'Onvolledig: niet alle diensten gaven antwoord' });
    await melding.waitFor();
    expect(await melding.textContent()).toContain('Werkgevers');
    await rijVan('k.visser').first().waitFor();
    await schermafdruk(page, 'privacy-inzage-onvolledig');
  });
});
