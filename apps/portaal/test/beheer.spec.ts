import { kalenderdag } from '@wiz/contracts';
import type { Page } from 'playwright-core';
import { Browsersessie, ernstigeSchendingen, inloggen, openBrowser, schermafdruk } from './harness/browser';
import { PortaalOmgeving, roep, startPortaal } from './harness/portaal';

/** Beheer's configuration: the monitor's streefwaarden (monitor reads them) and the skills vocabulary of werkgevers. */
describe('portaal: beheer', () => {
  let omgeving: PortaalOmgeving;
  let browser: Browsersessie;
  const jaar = kalenderdag(new Date()).slice(0, 4);

  beforeAll(async () => {
    omgeving = await startPortaal();
    browser = await openBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.sluit();
    await omgeving?.stop();
  });

  const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
  const veld = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}( \\(verplicht\\))?$`));

  it('sets an afspraakbanen basis after saying in Dutch what is missing, and lists it with who and when', async () => {
    const { page } = browser;
    await inloggen(page, omgeving.url, 'beheer', 'wiz');
    await menu(page).getByRole('link', { name: 'Streefwaarden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Streefwaarden' }).waitFor();
    // The migration's seeds (20,000 inwoners; the afspraakbanen of 2020) are the history so far.
    const tabel = (n: number) =>
      page.getByRole('table', { name: `Vastgestelde streefwaarden, de nieuwste eerst (${n})` });
    await tabel(2).waitFor();
    expect(await tabel(2).locator('tbody th').allTextContents()).toEqual(
      expect.arrayContaining(['Inwoners een stap vooruit', 'Afspraakbanen']),
    );
    expect(await veld(page, 'Doel in eenheden').count()).toBe(0);

    await veld(page, 'Cijfer').selectOption({ label: 'Afspraakbanen' });
    // A basisdatum alone would replace the balance in force with none: the form asks for the beginstand.
    await veld(page, 'Basisdatum').fill(`${jaar}-01-01`);
    await page.getByRole('button', { name: 'Streefwaarde vaststellen' }).click();
    await page.getByText('Een basisdatum hoort bij een beginstand: vul die in, of laat de basisdatum leeg.').waitFor();
    await veld(page, 'Basisdatum').fill('');
    await veld(page, 'Beginstand').fill('120');
    await page.getByRole('button', { name: 'Streefwaarde vaststellen' }).click();
    await page.getByText('Een beginstand hoort bij een basisdatum: vul die in.').waitFor();
    await page.getByText('Vul een bestaande datum in.').waitFor();
    await page.getByText('Vul de beginstand in banen én in eenheden in, of geen van beide.').waitFor();
    expect(await ernstigeSchendingen(page)).toEqual([]);

    await veld(page, 'Geldig vanaf').fill(`${jaar}-01-01`);
    await veld(page, 'Basisdatum').fill(`${jaar}-01-01`);
    await veld(page, 'Beginstand in eenheden').fill('98,5');
    await veld(page, 'Doel').fill('1.200');
    await veld(page, 'Doel in eenheden').fill('1000');
    await page.getByRole('button', { name: 'Streefwaarde vaststellen' }).click();
    await page.getByRole('status').filter({ hasText: 'De streefwaarde voor Afspraakbanen is vastgesteld.' }).waitFor();
    // The list reloads after the confirmation: wait for the new row before reading it.
    await tabel(3).waitFor();
    const rij = tabel(3).locator('tbody tr').first();
    const cellen = (await rij.locator('th, td').allTextContents()).map((c) => c.trim());
    expect(cellen.slice(0, 6)).toEqual([
      'Afspraakbanen',
      'Regio',
      `1 januari ${jaar}`,
      '1.200 / 1.000 eenheden',
      '120 / 98,5 eenheden',
      `1 januari ${jaar}`,
    ]);
    expect(cellen[6]).not.toBe('');
    expect(cellen[7]).toMatch(new RegExp(`${jaar}`));

    const [opgeslagen] = (await roep(omgeving, 'trajecten', 'monitor', 'wiz', 'GET', '/streefwaarden')).body.items;
    expect(opgeslagen).toMatchObject({
      sleutel: 'afspraakbanen',
      gemeentecode: null,
      geldigVanaf: `${jaar}-01-01`,
      basisdatum: `${jaar}-01-01`,
      beginstand: 120,
      beginstandEenheden: 98.5,
      doel: 1200,
      doelEenheden: 1000,
    });
    await schermafdruk(page, 'beheer-streefwaarden');
    expect(await ernstigeSchendingen(page)).toEqual([]);
  });

  it('adds a skill with a synonym, another synonym later, and names the skill a text already stands for', async () => {
    const { page } = browser;
    await menu(page).getByRole('link', { name: 'Vaardigheden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vaardigheden' }).waitFor();
    await veld(page, 'Code').fill('Heftruck');
    await page.getByRole('button', { name: 'Vaardigheid toevoegen' }).click();
    await page.getByText('Vul een code in van kleine letters, cijfers en streepjes').waitFor();
    await veld(page, 'Code').fill('drone-vliegen');
    await veld(page, 'Naam').fill('Drone vliegen');
    await veld(page, 'Synoniemen').fill('dronepiloot, droneoperator');
    await page.getByRole('button', { name: 'Vaardigheid toevoegen' }).click();
    await page.getByRole('status').filter({ hasText: 'Vaardigheid Drone vliegen is toegevoegd.' }).waitFor();
    const rij = page.getByRole('row', { name: /^Drone vliegen/ });
    expect(await rij.getByRole('cell').nth(1).textContent()).toMatch(
      /^(dronepiloot, droneoperator|droneoperator, dronepiloot)$/,
    );

    await rij.getByLabel('Synoniem voor Drone vliegen').fill('Dronebediener');
    await rij.getByRole('button', { name: 'Synoniem toevoegen' }).click();
    await rij.getByRole('cell', { name: /dronebediener/ }).waitFor();
    const skill = (await roep(omgeving, 'werkgevers', 'beheer', 'wiz', 'GET', '/skills')).body.items.find(
      (s: { code: string }) => s.code === 'drone-vliegen',
    );
    expect(skill).toEqual({
      code: 'drone-vliegen',
      label: 'Drone vliegen',
      synoniemen: expect.arrayContaining(['dronepiloot', 'droneoperator', 'dronebediener']),
    });

    // A text may stand for one skill only (the vocabulary has heftruckchauffeur for heftruck): 409, said on the page.
    await veld(page, 'Code').fill('heftruckchauffeur-b');
    await veld(page, 'Naam').fill('Heftruckchauffeur');
    await page.getByRole('button', { name: 'Vaardigheid toevoegen' }).click();
    const melding = page.getByRole('alert').filter({ hasText: 'Dit botst met de huidige gegevens' });
    expect(await melding.textContent()).toContain('staat al voor de vaardigheid heftruck');
    expect(await ernstigeSchendingen(page)).toEqual([]);
  });

  it('shows monitor the streefwaarden read-only and no skills page', async () => {
    const { page } = browser;
    await inloggen(page, omgeving.url, 'monitor', 'wiz');
    expect(await menu(page).getByRole('link', { name: 'Vaardigheden' }).count()).toBe(0);
    await menu(page).getByRole('link', { name: 'Streefwaarden' }).click();
    await page
      .getByRole('table', { name: /^Vastgestelde streefwaarden/ })
      .getByRole('row', { name: /Afspraakbanen/ })
      .first()
      .waitFor();
    expect(await page.getByRole('heading', { name: 'Streefwaarde vaststellen' }).count()).toBe(0);
    expect(await ernstigeSchendingen(page)).toEqual([]);
  });
});
