import type { Page } from 'playwright-core';
import { TESTINWONERS } from '../../server/dev-login';

export { TESTINWONERS };

/**
 * Logs an inwoner in as a person does locally: "Inloggen als inwoner (DigiD)" with a BSN, the development broker's
 * ID token exchanged at intake; waits for Mijn Werk in Zicht. The person must have been registered with the BSN.
 */
export async function inloggenAlsInwoner(page: Page, baseUrl: string, bsn: string): Promise<void> {
  await page.goto(`${baseUrl}/inloggen`);
  // The test persons load after the form is shown and preselect the first one: type once they are there.
  await page
    .getByLabel('Testpersoon')
    .locator('option', { hasText: TESTINWONERS[0].naam })
    .waitFor({ state: 'attached' });
  await page.getByLabel('BSN', { exact: true }).fill(bsn);
  await page.getByRole('button', { name: 'Inloggen met DigiD' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/mijn'));
}
