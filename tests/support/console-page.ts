// The admin console in Chromium, as the console's browser tests use it: one browser context per
// user (each keeps its own session cookie, as on separate computers), every Content-Security-Policy
// complaint collected so a test can require none, and the login form filled as a user would.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/** A page in a context of its own; CSP violations it reports are pushed onto `cspViolations`. */
export async function consolePage(browser: Browser, cspViolations: string[], options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, ...options });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  return page;
}

/** Opens the console's login form and signs in (what follows, a first-login screen or the console, is the test's). */
export async function logInToConsole(page: Page, hubUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${hubUrl}/console/`);
  await page.getByLabel('账号').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Ends a console browser test: every user's context, then the browser, then the hub. */
export async function closeConsoleTest(contexts: BrowserContext[], browser: Browser | undefined, hub: { close(): Promise<void> } | undefined): Promise<void> {
  for (const context of contexts) await context.close();
  await browser?.close();
  await hub?.close();
}
