import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { Browsersessie, ernstigeSchendingen, openBrowser, schermafdruk } from './harness/browser';
import { PortaalOmgeving, roep, roepAls, startPortaal, totDat, Wie } from './harness/portaal';
import { meldTestinwonerAan, trajectVan } from './support/aanmelding';
import { inloggenAlsInwoner, TESTINWONERS } from './support/inwoner-login';
import { kalenderdag } from '@wiz/contracts';

const CONSULENT: Wie = { rol: 'consulent', organisatie: 'UWV', subject: 'j.devries' };
const WERKGEVERSTEAM: Wie = { rol: 'werkgeversteam', organisatie: 'wiz' };

/** A PDF's text, read by pdfjs (an ES module jest's CommonJS runtime cannot load) in a plain Node process. */
function pdfTekst(pdf: Buffer): string {
  const lees = `import { readFileSync } from 'node:fs';
    import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(0)), verbosity: 0 }).promise;
    for (let p = 1; p <= pdf.numPages; p++)
      for (const i of (await (await pdf.getPage(p)).getTextContent()).items)
        process.stdout.write(i.str + (i.hasEOL ? '\\n' : ''));`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', lees], { input: pdf, cwd: __dirname }).toString();
}

/** Two of the development DigiD login's test persons: the one who logs in, and someone else. */
const [FATIMA, GERRIT] = TESTINWONERS;
const vandaag = () => kalenderdag(new Date());

/** A test person registered at the desk (routed to UWV in step Matchen); the BSN lets them log in with DigiD. */
async function meldAan(omgeving: PortaalOmgeving, persoon: (typeof TESTINWONERS)[number]) {
  const aanmelding = await meldTestinwonerAan(omgeving, persoon);
  expect(aanmelding.status).toBe(201);
  const traject = await trajectVan(omgeving, aanmelding.body.inwonerId);
  return { inwonerId: aanmelding.body.inwonerId as string, trajectId: traject.id, route: aanmelding.body.route };
}

/**
 * Issue 20's "Done when": an inwoner logs in with (development) DigiD and, on a phone-sized screen, sees their
 * route and traject, downloads a result's certificate, has its credential checked on the public page (and a
 * tampered one refused), withdraws the employer consent (the employer team's next request no longer shows the
 * profile), sees the consulent's read, downloads all their data, and is refused on staff pages and other people.
 */
describe('portaal: Mijn Werk in Zicht (the inwoner)', () => {
  let omgeving: PortaalOmgeving;
  let browser: Browsersessie;
  let page: Page;
  let ik: Awaited<ReturnType<typeof meldAan>>;
  let ander: Awaited<ReturnType<typeof meldAan>>;
  let vacatureId: string;
  let credential: string;
  /** Opens a page from a tile on the inwoner's start page, as a person on a phone would. */
  const open = async (tegel: string) => {
    await page.goto(`${omgeving.url}/mijn`);
    await page
      .getByRole('main')
      .getByRole('link', { name: new RegExp(`^${tegel.replace('?', '\\?')}`) })
      .click();
  };
  const kop = (titel: string) => page.getByRole('heading', { level: 1, name: titel }).waitFor();
  // The inwoner's pages have no axe violation at all, not only no serious one.
  const zonderSchendingen = async () => expect(await ernstigeSchendingen(page, { alle: true })).toEqual([]);
  const download = async (start: () => Promise<unknown>): Promise<Buffer> => {
    const [bestand] = await Promise.all([page.waitForEvent('download'), start()]);
    return readFileSync(await bestand.path());
  };
  /** The employer team's candidate list for the vacancy, through the portaal's proxy as the page asks it. */
  const kandidaten = async () => {
    const token = await omgeving.run.token({ role: 'werkgeversteam', organisatie: 'wiz' });
    const res = await fetch(`${omgeving.url}/api/werkgevers/vacatures/${vacatureId}/kandidaten`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: { profiel?: { trajectId: string } }[] }).items;
  };
  const ziet = async (trajectId: string) => (await kandidaten()).some((k) => k.profiel?.trajectId === trajectId);

  beforeAll(async () => {
    omgeving = await startPortaal();
    browser = await openBrowser();
    page = browser.page;
    // Designed for a phone first: every Mijn page is checked at 375 px wide.
    await page.setViewportSize({ width: 375, height: 800 });
    ik = await meldAan(omgeving, FATIMA);
    ander = await meldAan(omgeving, GERRIT);

    // A Kansrijk Opleiden course passed: a result with a certificate and a credential.
    const pad = `/trajecten/${ik.trajectId}`;
    const activiteit = await roepAls(omgeving, 'trajecten', CONSULENT, 'POST', `${pad}/activiteiten`, {
      soort: 'kansrijk-opleiden',
      startdatum: vandaag(),
    });
    expect(activiteit.status).toBe(201);
    const afronding = await roepAls(
      omgeving,
      'trajecten',
      CONSULENT,
      'POST',
      `${pad}/activiteiten/${activiteit.body.id}/afronding`,
      { resultaat: 'behaald', datum: vandaag() },
    );
    expect(afronding.status).toBe(200);

    // An employer with a vacancy; the inwoner consented (at the desk) and the consulent released the profile.
    const werkgever = await roepAls(omgeving, 'werkgevers', WERKGEVERSTEAM, 'POST', '/werkgevers', {
      kvkNummer: '87654321',
      naam: 'Zorggroep Stad',
      gemeentecode: 'GM0014',
    });
    expect(werkgever.status).toBe(201);
    const vacature = await roepAls(
      omgeving,
      'werkgevers',
      WERKGEVERSTEAM,
      'POST',
      `/werkgevers/${werkgever.body.id}/vacatures`,
      {
        titel: 'Helpende zorg',
        urenPerWeek: 28,
        aantal: 1,
        skills: ['persoonlijke-verzorging'],
      },
    );
    expect(vacature.status).toBe(201);
    vacatureId = vacature.body.id;
    const toestemming = await roep(
      omgeving,
      'intake',
      'frontoffice',
      'GM0014',
      'PUT',
      `/inwoners/${ik.inwonerId}/toestemmingen/profiel-delen-met-werkgevers`,
      { gegeven: true },
    );
    expect(toestemming.status).toBe(200);
    await totDat(
      async () =>
        (
          await roepAls(omgeving, 'werkgevers', CONSULENT, 'PUT', `/kandidaten/${ik.trajectId}/profiel`, {
            skills: ['persoonlijke-verzorging'],
            vrijgegeven: true,
          })
        ).status === 200 || undefined,
      'werkgevers to know the traject',
    );
    await totDat(async () => (await ziet(ik.trajectId)) || undefined, 'the released profile among the candidates');
    // A placement at another of the employer's vacancies: a third kind of result (work).
    const tweede = await roepAls(
      omgeving,
      'werkgevers',
      WERKGEVERSTEAM,
      'POST',
      `/werkgevers/${werkgever.body.id}/vacatures`,
      {
        titel: 'Medewerker facilitair',
        urenPerWeek: 16,
        aantal: 1,
        skills: ['persoonlijke-verzorging'],
      },
    );
    const plaatsing = await roepAls(omgeving, 'werkgevers', WERKGEVERSTEAM, 'POST', '/plaatsingen', {
      trajectId: ik.trajectId,
      werkgeverId: werkgever.body.id,
      vacatureId: tweede.body.id,
      startdatum: vandaag(),
      urenPerWeek: 16,
      contractvorm: 'tijdelijk',
    });
    expect(plaatsing.status).toBe(201);
    // The consulent opens the traject: a read the inwoner sees under "Wie heeft uw gegevens bekeken?".
    expect((await roepAls(omgeving, 'trajecten', CONSULENT, 'GET', pad)).status).toBe(200);
  }, 180_000);
  afterAll(async () => {
    await browser?.sluit();
    await omgeving?.stop();
  });

  it('logs in with DigiD (development) and lands on Mijn Werk in Zicht, with only the inwoner pages in the menu', async () => {
    await inloggenAlsInwoner(page, omgeving.url, FATIMA.bsn);
    await kop('Mijn Werk in Zicht');
    expect(new URL(page.url()).pathname).toBe('/mijn');
    await page.getByText('Welkom, Fatima El Amrani').waitFor();
    const items = await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents();
    if (items.length)
      expect(items).toEqual([
        'Overzicht',
        'Uw traject',
        'Uw resultaten',
        'Uw gegevens',
        'Toestemmingen',
        'Wie bekeek uw gegevens?',
        'Download uw gegevens',
      ]);
    await schermafdruk(page, 'mijn-overzicht');
    await zonderSchendingen();
  });

  it('shows the route with the step they are in, and what they did', async () => {
    await open('Uw traject');
    await kop('Uw traject');
    const stappen = page.getByRole('list', { name: 'De vijf stappen van de route' });
    await stappen.waitFor();
    expect(await stappen.getByRole('listitem').count()).toBe(5);
    // The route intake gave at the aanmelding: UWV, step Matchen.
    expect(ik.route).toMatchObject({ stap: 'matchen', organisatie: 'UWV' });
    expect(await stappen.locator('[aria-current="step"]').textContent()).toContain('Matchen');
    await page.getByRole('heading', { level: 2, name: 'Uw traject nu bij UWV' }).waitFor();
    await page.getByText('Kansrijk Opleiden').first().waitFor();
    await schermafdruk(page, 'mijn-traject');
    await zonderSchendingen();
  });

  it("downloads a result's certificate (PDF) and has its credential checked on the public page", async () => {
    await open('Uw resultaten');
    await kop('Uw resultaten');
    const lijst = page.getByRole('list', { name: 'Uw resultaten' });
    // The placement reaches trajecten as an event; the page is read again until it is there.
    await totDat(async () => {
      await page.reload();
      await lijst.waitFor();
      return (await lijst.getByRole('listitem').count()) === 2 || undefined;
    }, 'the course and the placement as results');
    expect(await lijst.getByRole('heading').allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Kansrijk Opleiden/),
        expect.stringMatching(/Aan het werk gegaan/),
      ]),
    );
    const cursus = lijst.getByRole('listitem').filter({ hasText: 'Kansrijk Opleiden' });
    const pdf = await download(() => cursus.getByRole('button', { name: 'Download certificaat (PDF)' }).click());
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await cursus.getByRole('button', { name: 'Digitaal bewijs' }).click();
    const veld = cursus.getByLabel(/^Digitaal bewijs voor/);
    await veld.waitFor();
    credential = await veld.inputValue();
    expect(credential.split('.')).toHaveLength(3);
    await schermafdruk(page, 'mijn-resultaten');
    await zonderSchendingen();

    // The link carries the credential after the #, which the browser never sends to a server.
    const adressen: string[] = [];
    page.on('request', (r) => adressen.push(r.url()));
    await cursus.getByRole('link', { name: 'Controleer of het echt is' }).click();
    await kop('Is dit bewijs echt?');
    const uitslag = page.getByRole('status').filter({ hasText: 'Echt' });
    await uitslag.getByText(/aan Fatima El Amrani voor opleiding/).waitFor();
    expect(adressen.filter((a) => a.includes(credential.slice(-20)))).toEqual([]);
    await schermafdruk(page, 'verifieer-echt');
    await zonderSchendingen();
  });

  it('refuses a tampered credential on the public page, without a login', async () => {
    const [kop64, inhoud, handtekening] = credential.split('.');
    const payload = JSON.parse(Buffer.from(inhoud, 'base64url').toString()) as {
      credentialSubject: { naam: string };
    };
    payload.credentialSubject.naam = 'Iemand Anders';
    const vervalst = [kop64, Buffer.from(JSON.stringify(payload)).toString('base64url'), handtekening].join('.');
    const leeg = await browser.browser.newPage();
    try {
      await leeg.setViewportSize({ width: 375, height: 800 });
      await leeg.goto(`${omgeving.url}/verifieer`);
      await leeg.getByLabel('Digitaal bewijs').fill(vervalst);
      await leeg.getByRole('button', { name: 'Controleren' }).click();
      await leeg.getByRole('status').getByText('Niet echt of niet te controleren').waitFor();
      expect(await leeg.getByRole('status').textContent()).toContain('veranderd');
      await leeg.getByLabel('Digitaal bewijs').fill('geen-bewijs');
      await leeg.getByRole('button', { name: 'Controleren' }).click();
      await leeg.getByRole('status').getByText('Dit is geen digitaal bewijs').waitFor();
      expect(await ernstigeSchendingen(leeg, { alle: true })).toEqual([]);
    } finally {
      await leeg.close();
    }
  });

  it("withdraws the employer consent: the employer team's next request no longer shows the profile", async () => {
    await open('Toestemmingen');
    await kop('Toestemmingen');
    const kaart = page.locator('section', {
      has: page.getByRole('heading', { name: 'Werkgevers mogen uw profiel zien' }),
    });
    await kaart.getByText(/Toestemming gegeven op/).waitFor();
    expect(await ziet(ik.trajectId)).toBe(true);
    await zonderSchendingen();
    await kaart.getByRole('button', { name: 'Toestemming intrekken' }).click();
    await kaart.getByText('Weet u het zeker?').waitFor();
    await kaart.getByRole('button', { name: 'Ja, intrekken' }).click();
    await page.getByRole('status').filter({ hasText: 'U heeft uw toestemming ingetrokken' }).waitFor();
    expect(await ziet(ik.trajectId)).toBe(false);
    const geschiedenis = page.getByRole('list', { name: 'Geschiedenis van uw toestemmingen' });
    await geschiedenis.getByText(/Toestemming ingetrokken\. Door uzelf\./).waitFor();
    await geschiedenis.getByText(/Toestemming gegeven\. Door een medewerker namens u/).waitFor();
    await schermafdruk(page, 'mijn-toestemmingen');
    await zonderSchendingen();

    // Consent for one vacancy only, picked from those they are a candidate for: that employer sees the profile again.
    const eenVacature = page.getByRole('form', { name: 'Toestemming geven: Eén vacature' });
    await eenVacature.getByLabel('Welke vacature?').selectOption({ label: 'Helpende zorg bij Zorggroep Stad' });
    await eenVacature.getByRole('button', { name: 'Toestemming geven' }).click();
    await page.getByRole('status').filter({ hasText: 'U heeft toestemming gegeven: Eén vacature.' }).waitFor();
    await totDat(async () => (await ziet(ik.trajectId)) || undefined, 'the profile for this one vacancy');
  });

  it("shows the consulent's read under 'Wie heeft uw gegevens bekeken?'", async () => {
    await open('Wie bekeek uw gegevens?');
    await kop('Wie heeft uw gegevens bekeken?');
    const lijst = page.getByRole('list', { name: 'Wie uw gegevens bekeek' });
    await lijst
      .getByText(/^Consulent.*UWV: traject bekeken op/)
      .first()
      .waitFor();
    await schermafdruk(page, 'mijn-inzage');
    await zonderSchendingen();
    // Another period: last year nobody read anything; all years holds this year's read again.
    const vorigJaar = String(Number(vandaag().slice(0, 4)) - 1);
    await page.getByLabel('Periode').selectOption({ label: vorigJaar });
    await page.getByText(`Niemand heeft in ${vorigJaar} uw gegevens bekeken.`).waitFor();
    await page.getByLabel('Periode').selectOption({ label: 'Alle jaren' });
    await lijst
      .getByText(/^Consulent.*UWV: traject bekeken op/)
      .first()
      .waitFor();
    await zonderSchendingen();
  });

  it('shows their details and takes a correction request', async () => {
    await open('Uw gegevens');
    await kop('Uw gegevens');
    await page.getByText('El Amrani').first().waitFor();
    await page.getByRole('button', { name: 'Iets laten aanpassen' }).click();
    await page.getByLabel('Wat klopt er niet?').selectOption('contact');
    await page.getByLabel(/^Wat moet het zijn\?/).fill('Mijn nieuwe telefoonnummer is 0612345678');
    await zonderSchendingen();
    await page.getByRole('button', { name: 'Verzoek versturen' }).click();
    await page.getByRole('status').filter({ hasText: 'Uw verzoek is verstuurd' }).waitFor();
    await page.getByRole('list', { name: 'Uw verzoeken' }).getByText('Wij kijken ernaar').waitFor();
    await schermafdruk(page, 'mijn-gegevens');
    await zonderSchendingen();
  });

  it('asks to object with the grounds, and reads the privacy officer’s answer', async () => {
    await page.getByRole('button', { name: 'Iets vragen over uw rechten' }).click();
    await page.getByLabel('Wat wilt u?').selectOption('bezwaar');
    await page.getByRole('button', { name: 'Vraag versturen' }).click();
    await page.getByText('Schrijf op waarom u bezwaar maakt.').first().waitFor();
    await page.getByLabel(/^Uitleg/).fill('Ik wil niet dat mijn oude werkgever hoort dat ik hulp krijg.');
    await zonderSchendingen();
    await page.getByRole('button', { name: 'Vraag versturen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Uw vraag is verstuurd\. U krijgt uiterlijk op / })
      .waitFor();
    const vragen = page.getByRole('list', { name: 'Uw vragen over uw rechten' });
    await vragen.getByText('Wij kijken ernaar').waitFor();

    // The privacy officer answers it.
    const open = await roep(omgeving, 'intake', 'privacy', 'wiz', 'GET', '/rechtenverzoeken?status=open');
    const verzoek = open.body.items.find((v: { inwonerId: string }) => v.inwonerId === ik.inwonerId);
    const antwoord = 'Wij geven niets door aan werkgevers zonder uw toestemming.';
    const afhandeling = await roep(
      omgeving,
      'intake',
      'privacy',
      'wiz',
      'POST',
      `/rechtenverzoeken/${verzoek.id}/afhandeling`,
      {
        uitkomst: 'afgewezen',
        toelichting: antwoord,
      },
    );
    expect(afhandeling.status).toBe(200);
    await page.reload();
    await vragen.getByText(`Antwoord: ${antwoord}`).waitFor();
    expect(await vragen.getByText('Afgewezen').count()).toBe(1);
    await zonderSchendingen();
  });

  it("downloads all their data: the four services' parts, their own and none of another person's", async () => {
    await open('Download uw gegevens');
    await kop('Download uw gegevens');
    await zonderSchendingen();
    const json = await download(() => page.getByRole('button', { name: 'Download als JSON' }).click());
    const tekst = json.toString('utf8');
    const bestand = JSON.parse(tekst) as { diensten: { dienst: string }[]; ontbreekt: string[] };
    expect(bestand.ontbreekt).toEqual([]);
    expect(bestand.diensten.map((d) => d.dienst).sort()).toEqual(['intake', 'subsidies', 'trajecten', 'werkgevers']);
    expect(tekst).toContain('El Amrani');
    expect(tekst).toContain(ik.trajectId);
    for (const vanAnder of ['Gerrit', 'de Boer', ander.inwonerId, ander.trajectId, GERRIT.bsn])
      expect(tekst).not.toContain(vanAnder);
    const pdf = await download(() => page.getByRole('button', { name: 'Download als PDF' }).click());
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.getByRole('status').filter({ hasText: 'Uw gegevens zijn gedownload (PDF)' }).waitFor();
    // Per service and kind of record: why, on what ground, shared with whom, kept how long, and the data.
    const inhoud = pdfTekst(pdf);
    for (const kop of [
      'Aanmelding en inschrijving',
      'Trajecten en begeleiding',
      'Werkgevers en plaatsingen',
      'Subsidies',
    ])
      expect(inhoud).toContain(kop);
    for (const regel of ['Waarom:', 'Grond:', 'Gedeeld met:', 'Bewaard:', 'El Amrani']) expect(inhoud).toContain(regel);
    expect(inhoud).not.toContain('Gerrit');
  });

  it("refuses the inwoner on a staff page and on another person's data", async () => {
    await page.goto(`${omgeving.url}/werklijst`);
    await page.getByRole('alert').first().waitFor();
    const token = await page.evaluate(() => sessionStorage.getItem('wiz.portaal.token'));
    const vraag = (pad: string) =>
      fetch(`${omgeving.url}${pad}`, { headers: { Authorization: `Bearer ${token}` } }).then((r) => r.status);
    expect(await vraag(`/api/intake/inwoners/${ander.inwonerId}`)).toBe(403);
    expect(await vraag(`/api/trajecten/trajecten/${ander.trajectId}`)).toBe(403);
    expect(await vraag(`/api/werkgevers/vacatures/${vacatureId}/kandidaten`)).toBe(403);
    // The art. 15 PDF is the inwoner's own only: no token, no PDF; a staff member's token is refused too.
    const pdf = (headers: Record<string, string>) =>
      fetch(`${omgeving.url}/portaal/mijn/gegevens.pdf`, { headers }).then((r) => r.status);
    expect(await pdf({})).toBe(401);
    const consulent = await omgeving.run.token({ role: 'consulent', organisatie: 'UWV' });
    expect(await pdf({ Authorization: `Bearer ${consulent}` })).toBe(403);
    // Their own data only through /mijn, and another person's result is not theirs to fetch.
    expect(await vraag(`/api/trajecten/mijn/resultaten/${ander.trajectId}/certificaat`)).toBe(404);
  });
});
