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

/**
 * Types `value` into the control named `name` in the very moment the island has hydrated: in the listener of Astro's
 * `astro:hydrate` event, right after Astro marks the island hydrated and before the browser paints or runs anything
 * else. A person who keeps typing while an island hydrates does the same a moment later; effects that Preact runs
 * after the next frame come after either. Call it before the island hydrates (e.g. while `holdHydration` holds it).
 */
export async function typeRightAfterHydration(island: Locator, name: string, value: string): Promise<void> {
  await island.evaluate(
    (element, typing) => {
      element.addEventListener(
        'astro:hydrate',
        () => {
          const control = element.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
            `[name="${typing.name}"]`,
          );
          if (!control) throw new Error(`No control named ${typing.name} in the island`);
          control.focus();
          control.value = typing.value;
          control.dispatchEvent(new Event('input', { bubbles: true }));
          control.dispatchEvent(new Event('change', { bubbles: true }));
        },
        { once: true },
      );
    },
    { name, value },
  );
}
