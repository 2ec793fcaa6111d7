import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { openBrowser, ernstigeSchendingen, inloggen, schermafdruk, Browsersessie } from './harness/browser';
import { PortaalOmgeving, roep, startPortaal } from './harness/portaal';

/** A form field by its label, with or without the " (verplicht)" the velden components add. */
const veld = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}( \\(verplicht\\))?$`));
const tekst = async (locator: Locator) => {
  await locator.first().waitFor();
  return (await locator.allTextContents()).join(' | ');
};

/** The cost lines finance imports: one without bewijsstuk, one after the regeling's end (30 June). */
const KOSTEN = [
  'regelingCode,soort,bedragCenten,datum,omschrijving,bewijsstuk',
  'JTF,personeel,250000,2026-02-01,Loonkosten coach februari,urenstaat-feb',
  'JTF,opleiding,120000,2026-03-15,Cursus heftruck,factuur-101',
  'JTF,personeel,4500,2026-04-01,Uren werkbegeleiding april,',
  'JTF,personeel,30000,2026-08-01,Coaching na looptijd,factuur-102',
  'JTF,overig,1500,2026-05-10,Reiskosten,bon-7',
].join('\n');

/**
 * Finance in the portaal: a regeling through the form, cost lines through the file import and the single-line
 * form, a claim compiled with visible progress, its inclusions and Dutch exclusion reasons, submitting it and the
 * three exports. The services run with DECLARATIE_DIRECT_MAX=3, so a claim of more than three candidate lines is
 * compiled as a job (202) and the screen polls its progress, while a smaller one comes back compiled (201): both
 * paths in the browser without importing 10,000 lines. IMPORT_DIRECT_MAX=3 does the same for cost-line files.
 */
describe('portaal: financien', () => {
  let omgeving: PortaalOmgeving;
  let browser: Browsersessie;
  let declaratieId: string;

  beforeAll(async () => {
    omgeving = await startPortaal({ DECLARATIE_DIRECT_MAX: '3', IMPORT_DIRECT_MAX: '3' });
    browser = await openBrowser();
    await inloggen(browser.page, omgeving.url, 'financien', 'wiz');
  }, 120_000);
  afterAll(async () => {
    await browser?.sluit();
    await omgeving?.stop();
  });

  it('starts on the claims and offers the three finance screens in the menu', async () => {
    const { page } = browser;
    expect(new URL(page.url()).pathname).toBe('/financien/declaraties');
    await page.getByRole('heading', { level: 1, name: 'Declaraties' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents()).toEqual([
      'Declaraties',
      'Kostenregels',
      'Regelingen',
    ]);
    await page.getByText('Er zijn nog geen declaraties.').waitFor();
    expect(await ernstigeSchendingen(page)).toEqual([]);
  });

  it('adds the JTF regeling through the form, after saying in Dutch what is wrong', async () => {
    const { page } = browser;
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Regelingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Regelingen' }).waitFor();
    await veld(page, 'Code').fill('JTF');
    await veld(page, 'Naam').fill('Just Transition Fund');
    await veld(page, 'Startdatum').fill('2026-01-01');
    await veld(page, 'Einddatum').fill('2025-12-31');
    await veld(page, 'Gemeentecodes').fill('GM0014, GM0034');
    await veld(page, 'Cofinancieringspercentage').fill('60');
    await veld(page, 'Flat rate \\(%\\)').fill('40');
    await page.getByRole('button', { name: 'Regeling toevoegen' }).click();
    expect(await tekst(page.getByText('De einddatum mag niet voor de startdatum liggen.'))).toContain('einddatum');
    expect(await veld(page, 'Einddatum').getAttribute('aria-invalid')).toBe('true');
    await veld(page, 'Einddatum').fill('2026-06-30');
    await page.getByRole('button', { name: 'Regeling toevoegen' }).click();
    expect(await tekst(page.getByRole('status').filter({ hasText: 'toegevoegd' }))).toBe('Regeling JTF is toegevoegd.');
    const rij = page.getByRole('table', { name: 'Alle regelingen' }).getByRole('row', { name: /JTF/ });
    expect(await tekst(rij)).toMatch(
      /Just Transition Fund.*1 januari 2026 t\/m 30 juni 2026.*GM0014, GM0034.*60%.*40%/,
    );
    expect((await roep(omgeving, 'subsidies', 'financien', 'wiz', 'GET', '/regelingen/JTF')).body).toMatchObject({
      startdatum: '2026-01-01',
      einddatum: '2026-06-30',
      gemeentecodes: ['GM0014', 'GM0034'],
      cofinancieringspercentage: 60,
      flatRatePercentage: 40,
    });
    await schermafdruk(page, 'financien-regelingen');
    expect(await ernstigeSchendingen(page)).toEqual([]);
  });

  it('imports a cost-line file: a bad file imports nothing and names each row in Dutch, a good one imports every line', async () => {
    const { page } = browser;
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kostenregels' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kostenregels' }).waitFor();
    const bestand = page.getByLabel('Bestand met kostenregels (CSV of XLSX)');
    const fout = [
      'regelingCode,soort,bedragCenten,datum,omschrijving',
      'JTF,opleiding,1000,2026-02-01,goed',
      'JTF,opleiding,12.50,2026-02-30,fout',
    ].join('\n');
    await bestand.setInputFiles({ name: 'kosten-fout.csv', mimeType: 'text/csv', buffer: Buffer.from(fout) });
    await page.getByRole('button', { name: 'Importeren' }).click();
    const melding = page.getByRole('alert').filter({ hasText: 'Er is niets geïmporteerd' });
    expect(await tekst(melding)).toContain('1 rij bevat een fout.');
    expect(await melding.getByRole('row').allTextContents()).toEqual([
      'RijKolomWat moet anders',
      '3bedragCentenDit is geen heel aantal centen. Gebruik alleen cijfers, bijvoorbeeld 1250 voor € 12,50.',
      '3datumVul een bestaande datum in als JJJJ-MM-DD, bijvoorbeeld 2026-03-01.',
    ]);
    expect(
      (await roep(omgeving, 'subsidies', 'financien', 'wiz', 'GET', '/kostenregels?regelingCode=JTF')).body.totaal,
    ).toBe(0);

    // Five lines are more than IMPORT_DIRECT_MAX: the service stores them in a job (202) and the page follows it.
    await bestand.setInputFiles({ name: 'kosten.csv', mimeType: 'text/csv', buffer: Buffer.from(KOSTEN) });
    const upload = page.waitForResponse((r) => r.url().endsWith('/api/subsidies/kostenregels/import'));
    await page.getByRole('button', { name: 'Importeren' }).click();
    expect((await upload).status()).toBe(202);
    expect(await tekst(page.getByRole('status').filter({ hasText: 'geïmporteerd' }))).toBe(
      'Er zijn 5 kostenregels geïmporteerd.',
    );
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByRole('table', { name: 'Kostenregels (5)' }).waitFor();
    expect(await tekst(page.getByRole('row', { name: /Uren werkbegeleiding april/ }))).toMatch(
      /1 april 2026.*Personeel.*Ontbreekt.*€\s45,00/,
    );

    // One line by hand, in euro.
    await veld(page, 'Regeling').selectOption('JTF');
    await veld(page, 'Soort kosten').selectOption('begeleiding');
    await veld(page, 'Bedrag in euro').fill('125,50');
    await veld(page, 'Datum').fill('2026-06-01');
    await veld(page, 'Omschrijving').fill('Jobcoaching juni');
    await veld(page, 'Bewijsstuk').fill('factuur-200');
    await page.getByRole('button', { name: 'Kostenregel opslaan' }).click();
    expect(await tekst(page.getByRole('status').filter({ hasText: 'opgeslagen' }))).toBe(
      'De kostenregel is opgeslagen.',
    );
    await page.getByRole('table', { name: 'Kostenregels (6)' }).waitFor();
    const opgeslagen = (await roep(omgeving, 'subsidies', 'financien', 'wiz', 'GET', '/kostenregels?regelingCode=JTF'))
      .body;
    expect(opgeslagen.totaal).toBe(6);
    expect(opgeslagen.items.find((k: { omschrijving: string }) => k.omschrijving === 'Jobcoaching juni')).toMatchObject(
      { soort: 'begeleiding', bedragCenten: 12_550, datum: '2026-06-01', bewijsstuk: 'factuur-200' },
    );
    await schermafdruk(page, 'financien-kostenregels');
    expect(await ernstigeSchendingen(page)).toEqual([]);
  });

  it('compiles a claim as a job with a progress bar, then shows totals, inclusions and Dutch exclusion reasons', async () => {
    const { page } = browser;
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Declaraties' }).click();
    await veld(page, 'Regeling').selectOption('JTF');
    await veld(page, 'Periode van').fill('2026-01-01');
    await veld(page, 'Periode tot en met').fill('2026-12-31');
    // The page polls the 202's claim every second until it is ready. The test holds those polls back (the service
    // still answers them) so it can look at the progress however fast the machine compiles.
    let laatPeilingenDoor!: () => void;
    const peilingenVrij = new Promise<void>((r) => (laatPeilingenDoor = r));
    const peiling = /\/api\/subsidies\/declaraties\/[0-9a-f-]{36}$/;
    await page.route(peiling, async (route) => {
      await peilingenVrij;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Declaratie samenstellen' }).click();
    await page.getByText(/\d+% klaar/).waitFor();
    expect(await page.getByRole('progressbar', { name: 'Declaratie samenstellen' }).count()).toBe(1);
    await schermafdruk(page, 'financien-declaratie-voortgang');
    expect(await ernstigeSchendingen(page)).toEqual([]);
    laatPeilingenDoor();
    await page.waitForURL(/\/financien\/declaraties\/[0-9a-f-]{36}$/);
    await page.unroute(peiling);
    declaratieId = new URL(page.url()).pathname.split('/').pop()!;

    // The 2,500 staff costs plus the 40% flat rate on them, which covers the course, travel and coaching (art. 56);
    // 60% of that is the bijdrage.
    await page.getByRole('heading', { level: 1, name: 'Declaratie JTF' }).waitFor();
    expect(await tekst(page.locator('.kaart').filter({ hasText: 'Subsidiabel' }))).toMatch(
      /€\s3\.500,00.*1 kostenregels opgenomen, 5 uitgesloten/,
    );
    expect(await tekst(page.locator('.kaart').filter({ hasText: 'Bijdrage' }))).toMatch(/€\s2\.100,00/);
    expect(await tekst(page.locator('.kaart').filter({ hasText: 'Flat rate' }))).toMatch(
      /€\s1\.000,00.*€\s2\.500,00 directe personeelskosten/,
    );
    const opgenomen = page.getByRole('table', { name: 'Opgenomen kostenregels (1)' });
    expect(await tekst(opgenomen.getByRole('row'))).toMatch(/Loonkosten coach februari/);
    const uitgesloten = page.getByRole('table', { name: 'Uitgesloten kostenregels (5)' });
    expect(await tekst(uitgesloten.getByRole('row', { name: /Cursus heftruck/ }))).toMatch(
      /€\s1\.200,00.*Gedekt door het vaste percentage op personeelskosten/,
    );
    expect(await tekst(uitgesloten.getByRole('row', { name: /Uren werkbegeleiding april/ }))).toMatch(
      /€\s45,00.*Geen bewijsstuk$/,
    );
    expect(await tekst(uitgesloten.getByRole('row', { name: /Coaching na looptijd/ }))).toMatch(
      /€\s300,00.*Buiten de looptijd van de regeling$/,
    );
    expect(await tekst(page.getByRole('table', { name: 'Uitgesloten per reden' }).getByRole('row'))).toContain(
      'Buiten de looptijd van de regeling1',
    );
    await page.getByRole('heading', { name: 'Indicatoren' }).waitFor();
    // The ESF+ groups since issue 15: werkloos includes the long-term, results and what is missing per indicator.
    expect(await tekst(page.getByRole('table', { name: 'Arbeidsmarktstatus bij intrede' }).getByRole('row'))).toMatch(
      /Werkloos \(incl\. langdurig\)\d.*waarvan langdurig werkloos\d/,
    );
    expect(await tekst(page.getByRole('table', { name: 'Resultaten (ESF+)' }).getByRole('row'))).toMatch(
      /Uitgestroomd\d.*Werkzoekend bij uitstroom\d.*Werk zes maanden na uitstroom \(elk aantal uren\)\d.*Betere arbeidsmarktsituatie/,
    );
    expect(await tekst(page.getByRole('table', { name: /^Onvolledig/ }).getByRole('row'))).toMatch(
      /Arbeidsmarktstatus\d.*Geslacht\d/,
    );
    expect(
      await tekst(page.getByText(/^Duurzaam geplaatst \(24\+ uur, regionale maat, geen ESF\+-indicator\)/)),
    ).toMatch(/: \d+$/);
    await schermafdruk(page, 'financien-declaratie');
    expect(await ernstigeSchendingen(page)).toEqual([]);
  });

  it('submits the claim after a confirm step', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Indienen', exact: true }).click();
    const vraag = page.getByRole('group', { name: /Weet u zeker dat u deze declaratie wilt indienen/ });
    await vraag.waitFor();
    expect(
      (await roep(omgeving, 'subsidies', 'financien', 'wiz', 'GET', `/declaraties/${declaratieId}`)).body.status,
    ).toBe('concept');
    expect(await ernstigeSchendingen(page)).toEqual([]);
    await vraag.getByRole('button', { name: 'Ja, declaratie indienen' }).click();
    expect(await tekst(page.getByRole('status').filter({ hasText: 'ingediend' }))).toBe('De declaratie is ingediend.');
    await page.locator('.label-gelukt', { hasText: 'Ingediend' }).waitFor();
    expect(await page.getByRole('button', { name: 'Indienen', exact: true }).count()).toBe(0);
    expect(
      (await roep(omgeving, 'subsidies', 'financien', 'wiz', 'GET', `/declaraties/${declaratieId}`)).body,
    ).toMatchObject({ status: 'ingediend', subsidiabelCenten: 350_000, bijdrageCenten: 210_000 });
  });

  it('downloads the claim as XLSX, CSV and PDF under the service’s file names', async () => {
    const { page } = browser;
    const magie = { xlsx: 'PK', csv: 'kostenregelId,opgenomen,reden', pdf: '%PDF' } as const;
    for (const [formaat, naam] of [
      ['xlsx', 'Excel (XLSX)'],
      ['csv', 'CSV'],
      ['pdf', 'PDF om te ondertekenen'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: `Download ${naam}` }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`declaratie-JTF-2026-01-01-2026-12-31.${formaat}`);
      const inhoud = readFileSync(await download.path());
      expect(inhoud.length).toBeGreaterThan(100);
      expect(inhoud.subarray(0, magie[formaat].length).toString('latin1')).toBe(magie[formaat]);
    }
  });

  it('compiles a small claim within the request and shows its lines at once: submitted lines are al gedeclareerd', async () => {
    const { page } = browser;
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Declaraties' }).click();
    await veld(page, 'Regeling').selectOption('JTF');
    await veld(page, 'Periode van').fill('2026-02-01');
    await veld(page, 'Periode tot en met').fill('2026-02-28');
    await page.getByRole('button', { name: 'Declaratie samenstellen' }).click();
    await page.waitForURL(
      (url) => /\/financien\/declaraties\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(declaratieId),
    );
    const uitgesloten = page.getByRole('table', { name: 'Uitgesloten kostenregels (1)' });
    expect(await tekst(uitgesloten.getByRole('row', { name: /Loonkosten coach februari/ }))).toMatch(
      /Al eerder gedeclareerd$/,
    );
    await page.getByText('Er zijn geen kostenregels opgenomen.').waitFor();

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Declaraties' }).click();
    const lijst = page.getByRole('table', { name: 'Declaraties (2)' });
    expect(await tekst(lijst.getByRole('row'))).toMatch(
      /JTF: 1 februari 2026 t\/m 28 februari 2026Concept€\s0,00.*JTF: 1 januari 2026 t\/m 31 december 2026Ingediend€\s3\.500,00€\s2\.100,00/,
    );
    expect(await ernstigeSchendingen(page)).toEqual([]);
  });
});
