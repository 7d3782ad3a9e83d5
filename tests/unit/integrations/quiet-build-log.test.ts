import { describe, expect, it } from 'vitest';
import quietBuildLog, { isAstroHeadInjectWarning } from '../../../src/integrations/quiet-build-log.mjs';

// As Rolldown reports it for each MDX file (the code frame left out).
const headInject = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use astro:head-inject" in "content/kennisbank/x.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('the quiet build log plugin', () => {
  const onLog = quietBuildLog().onLog as (level: string, log: { code?: string; message: string }) => boolean | void;

  it("drops Rolldown's warning about Astro's own head-inject directive", () => {
    expect(isAstroHeadInjectWarning(headInject)).toBe(true);
    expect(onLog('warn', headInject)).toBe(false);
  });

  it('passes every other warning on, also the same code for another directive', () => {
    const otherDirective = {
      ...headInject,
      message: headInject.message.replace('use astro:head-inject', 'use client'),
    };
    for (const log of [otherDirective, { code: 'UNRESOLVED_IMPORT', message: 'x' }, { message: 'plain' }]) {
      expect(isAstroHeadInjectWarning(log)).toBe(false);
      expect(onLog('warn', log)).toBeUndefined();
    }
  });
});
