import type { Page } from 'playwright-core';
import { Browsersessie, ernstigeSchendingen, inloggen, openBrowser, schermafdruk } from './harness/browser';
import { PortaalOmgeving, roepAls, startPortaal, totDat, Wie } from './harness/portaal';
import { meldSanneJansenAan } from './support/aanmelding';

const TEAM = 'Matchen Noord';
const LEIDER: Wie = { rol: 'teamleider', organisatie: 'UWV', subject: 't.smit', team: TEAM };
const CONSULENTEN = { 'k.visser': 'Kees Visser', 'm.devries': 'Mila de Vries' } as const;
type Subject = keyof typeof CONSULENTEN;
// The team lead is a medewerker of the team too ("Team" is the caller's registered team), but takes no trajecten.
const MEDEWERKERS = [
  ...Object.entries(CONSULENTEN).map(([subject, naam]) => ({ subject, naam, actief: true })),
  { subject: LEIDER.subject!, naam: 'Tineke Smit', actief: false },
];

/**
 * Issue 18's team lead: registers the team and its assignment rule in the screens, reassigns a traject to the
 * other consulent (who then finds it in "Mijn caseload"), arranges a stand-in; a consulent corrects their note.
 */
describe('portaal: the team lead (medewerkers, rule, reassignment, stand-in) and a note corrected', () => {
  let omgeving: PortaalOmgeving;
  let browser: Browsersessie;
  let page: Page;
  let traject: { id: string; inwonerId: string };
  let nieuw: Subject;
  const menu = (naam: string) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: naam });
  const trajectLink = () => page.getByRole('link', { name: `Traject ${traject.id.slice(0, 8)}` });

  beforeAll(async () => {
    omgeving = await startPortaal();
    browser = await openBrowser();
    page = browser.page;
  }, 120_000);
  afterAll(async () => {
    await browser?.sluit();
    await omgeving?.stop();
  });

  it('registers the team (two consulenten, the lead inactive) and the assignment rule on the Medewerkers page', async () => {
    await inloggen(page, omgeving.url, 'teamleider', 'UWV', { naam: LEIDER.subject, team: TEAM });
    await menu('Medewerkers').click();
    const formulier = page.getByRole('form', { name: 'Medewerker toevoegen of wijzigen' });
    for (const { subject, naam, actief } of MEDEWERKERS) {
      await formulier.getByLabel('Gebruikersnaam').fill(subject);
      await formulier.getByLabel(/^Naam/).fill(naam);
      await formulier.getByLabel('Team').fill(TEAM);
      await formulier.getByLabel('Actief').setChecked(actief);
      await formulier.getByRole('button', { name: 'Medewerker opslaan' }).click();
      await formulier
        .getByRole('status')
        .filter({ hasText: `${naam} is opgeslagen.` })
        .waitFor();
      await page.getByRole('table', { name: 'Medewerkers' }).getByRole('rowheader', { name: naam }).waitFor();
    }
    const regel = page.getByRole('form', { name: 'Toewijzingsregel' });
    await regel.getByLabel('Regel').selectOption('minst-belast');
    await regel.getByLabel('Team').fill(TEAM);
    await regel.getByRole('button', { name: 'Regel opslaan' }).click();
    await regel.getByRole('status').filter({ hasText: 'De toewijzingsregel is opgeslagen.' }).waitFor();
    const rij = (naam: string) =>
      page.getByRole('table', { name: 'Medewerkers' }).getByRole('row').filter({ hasText: naam });
    expect(await rij('Mila de Vries').getByRole('cell').allTextContents()).toEqual(['m.devries', TEAM, 'Ja']);
    expect(await rij('Tineke Smit').getByRole('cell').allTextContents()).toEqual(['t.smit', TEAM, 'Nee']);
    await schermafdruk(page, 'teamleider-medewerkers');
    expect(await ernstigeSchendingen(page)).toEqual([]);
  });

  it('reassigns the new traject to the other consulent, who then sees it in "Mijn caseload"', async () => {
    traject = (await meldSanneJansenAan(omgeving)).traject;
    const eerste = await totDat(async () => {
      const r = await roepAls<{ consulent: Subject | null }>(
        omgeving,
        'trajecten',
        LEIDER,
        'GET',
        `/trajecten/${traject.id}`,
      );
      return r.body?.consulent ?? undefined;
    }, 'the assignment by the rule');
    nieuw = eerste === 'k.visser' ? 'm.devries' : 'k.visser';

    await menu('Team').click();
    await page
      .getByRole('table', { name: `Team ${TEAM}` })
      .getByRole('row')
      .filter({ has: trajectLink() })
      .waitFor();
    await trajectLink().click();
    const toewijzing = page.getByRole('region', { name: 'Toewijzing' });
    await toewijzing.getByText(`Consulent: ${eerste}`).waitFor();
    await toewijzing.getByLabel('Nieuwe consulent').selectOption(nieuw);
    await toewijzing.getByRole('button', { name: 'Toewijzen' }).click();
    await toewijzing
      .getByRole('status')
      .filter({ hasText: `Het traject is toegewezen aan ${nieuw}.` })
      .waitFor();
    await toewijzing.getByText(`Consulent: ${nieuw}`).waitFor();
    await schermafdruk(page, 'teamleider-toewijzing');
    expect(await ernstigeSchendingen(page)).toEqual([]);

    await inloggen(page, omgeving.url, 'consulent', 'UWV', { naam: nieuw, team: TEAM });
    await menu('Mijn caseload').click();
    await page
      .getByRole('table', { name: 'Mijn caseload' })
      .getByRole('row')
      .filter({ has: trajectLink() })
      .getByRole('rowheader', { name: 'Sanne Jansen' })
      .waitFor();
  });

  it('lets the consulent correct their own note; the correction is the newest version', async () => {
    await trajectLink().click();
    const notitie = page.getByRole('form', { name: 'Notitie schrijven' });
    await notitie.getByRole('textbox', { name: /^Notitie/ }).fill('Gesprek over werk in de zrog');
    await notitie.getByRole('button', { name: 'Notitie opslaan' }).click();
    const journaal = page.getByRole('list', { name: 'Notities, de nieuwste eerst' });
    await journaal.getByText('Gesprek over werk in de zrog', { exact: true }).waitFor();
    await journaal.getByRole('button', { name: 'Notitie corrigeren' }).click();
    const correctie = journaal.getByRole('form', { name: /corrigeren$/ });
    await correctie.getByLabel('Gecorrigeerde tekst').fill('Gesprek over werk in de <i>zorg</i>');
    await correctie.getByLabel('Reden van de correctie').fill('Tikfout');
    await correctie.getByRole('button', { name: 'Correctie opslaan' }).click();
    await journaal.getByRole('status').filter({ hasText: 'De correctie staat in het journaal' }).waitFor();
    // the newest version replaces the text, as typed (markup shown as text)
    await journaal.getByText('Gesprek over werk in de <i>zorg</i>', { exact: true }).waitFor();
    expect(await journaal.getByText('zrog').count()).toBe(0);
    await journaal.getByText('Gecorrigeerd (versie 2): Tikfout').waitFor();
    await schermafdruk(page, 'consulent-notitie-correctie');
    expect(await ernstigeSchendingen(page)).toEqual([]);
  });

  it('arranges a stand-in on the Team page: the stand-in then sees the other’s traject in "Mijn caseload"', async () => {
    const vervanger = nieuw === 'k.visser' ? 'm.devries' : 'k.visser';
    await inloggen(page, omgeving.url, 'teamleider', 'UWV', { naam: LEIDER.subject, team: TEAM });
    await menu('Team').click();
    const formulier = page.getByRole('form', { name: 'Vervanging regelen' });
    await formulier.getByLabel('Vervanger').selectOption(vervanger);
    await formulier.getByLabel('Neemt waar voor').selectOption(nieuw);
    await formulier.getByRole('button', { name: 'Vervanging regelen' }).click();
    await formulier
      .getByRole('status')
      .filter({ hasText: `${vervanger} neemt van` })
      .waitFor();
    await schermafdruk(page, 'teamleider-vervanging');
    expect(await ernstigeSchendingen(page)).toEqual([]);

    await inloggen(page, omgeving.url, 'consulent', 'UWV', { naam: vervanger, team: TEAM });
    await menu('Mijn caseload').click();
    await page.getByRole('table', { name: 'Mijn caseload' }).getByRole('row').filter({ has: trajectLink() }).waitFor();
  });
});
