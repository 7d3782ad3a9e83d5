import { describe, expect, it } from 'vitest';
import { articleHasDisclaimer } from '../../../../src/lib/knowledge-base/disclaimer';

describe('articleHasDisclaimer', () => {
  it('finds the disclaimer however an article words it', () => {
    expect(articleHasDisclaimer('*U kunt er geen rechten aan ontlenen.*')).toBe(true);
    expect(articleHasDisclaimer('Aan de inhoud kunt u geen\nrechten ontlenen.')).toBe(true);
    expect(articleHasDisclaimer('Deze informatie geeft Geen rechten.')).toBe(true);
  });

  it('does not take other words for it', () => {
    expect(articleHasDisclaimer('Een werknemer heeft rechten en plichten.')).toBe(false);
    expect(articleHasDisclaimer('geen rechtenstudie nodig')).toBe(false);
  });
});
