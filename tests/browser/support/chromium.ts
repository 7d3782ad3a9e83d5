import type { LaunchOptions } from '@playwright/test';

/**
 * How the tests start Debian's Chromium (Playwright's own browser download is not used); `extraArgs` adds flags,
 * e.g. a host-resolver rule for the proxy test.
 */
export function chromiumLaunchOptions(extraArgs: string[] = []): LaunchOptions {
  return {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  };
}
