import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Holds back the script of one island component (e.g. "Search") so a test can use the server-rendered HTML
 * first, the way a person on a slow connection does. Returns a function that lets the script load and
 * waits until the island has hydrated.
 */
export async function holdHydration(page: Page, component: string, island: Locator): Promise<() => Promise<void>> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/_astro/${component}\\.[\\w-]+\\.js$`), async (route) => {
    await released;
    await route.continue();
  });
  return async () => {
    release();
    await expect(island).not.toHaveAttribute('ssr');
  };
}
