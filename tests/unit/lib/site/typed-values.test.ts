import { describe, expect, it } from 'vitest';
import { withTypedBeforeHydration } from '../../../../src/lib/site/typed-values';

describe('withTypedBeforeHydration', () => {
  const initial = { uren: '16', weken: '13', jaar: '2026' };

  it('puts what was typed before hydration over what the server rendered', () => {
    expect(withTypedBeforeHydration(initial, initial, { uren: '24' })).toEqual({
      uren: '24',
      weken: '13',
      jaar: '2026',
    });
  });

  it('keeps what was changed after hydration over what was typed before it', () => {
    const current = { ...initial, weken: '20', uren: '30' };
    expect(withTypedBeforeHydration(current, initial, { uren: '24' })).toEqual({
      uren: '30',
      weken: '20',
      jaar: '2026',
    });
  });

  it('keeps a value that only exists after hydration', () => {
    const current: Record<string, string> = { ...initial, reis: 'ja' };
    expect(withTypedBeforeHydration(current, initial, { uren: '24' })).toMatchObject({ uren: '24', reis: 'ja' });
  });
});
