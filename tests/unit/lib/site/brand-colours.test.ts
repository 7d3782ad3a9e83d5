import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  brandContrastProblems,
  brandPalette,
  contrastRatio,
  INK,
  paletteCss,
} from '../../../../src/lib/site/brand-colours';

describe('contrastRatio', () => {
  it('gives the WCAG extremes and a known pair', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
    // #767676 on white is the classic lightest grey that passes 4.5 : 1.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});

describe('brandPalette', () => {
  it('keeps the chosen colours and mixes tints and shades from the primary one', () => {
    const palette = brandPalette({ primair: '#0b5563', accent: '#ffd23f' });
    expect(palette['brand-700']).toBe('#0b5563');
    expect(palette['accent-400']).toBe('#ffd23f');
    // The original design's shades, within a step.
    expect(palette['brand-800']).toBe('#08414c');
    expect(contrastRatio(palette['brand-50'], '#ffffff')).toBeLessThan(1.15);
    expect(contrastRatio(palette['brand-900'], '#ffffff')).toBeGreaterThan(contrastRatio('#0b5563', '#ffffff'));
  });

  it('writes every colour as a theme variable in one :root rule', () => {
    const css = paletteCss(brandPalette({ primair: '#1d4e89', accent: '#f6c343' }));
    expect(css).toMatch(/^:root\{.*\}\n$/);
    expect(css).toContain('--color-brand-700:#1d4e89');
    expect(css).toContain('--color-accent-400:#f6c343');
    expect(css.match(/--color-/g)).toHaveLength(6);
  });
});

describe('brandContrastProblems', () => {
  it.each([
    ['the demo', '#0b5563', '#ffd23f'],
    ['the fixture site', '#1d4e89', '#f6c343'],
    ['the second fixture bureau', '#6b2d5c', '#9ad0ec'],
  ])('passes the palette of %s', (_name, primair, accent) => {
    expect(brandContrastProblems({ primair, accent })).toEqual([]);
  });

  it('names the primary colour and its ratio when links on white would be too light', () => {
    const [problem, ...others] = brandContrastProblems({ primair: '#7fb3d5', accent: '#ffd23f' });
    expect(problem).toMatchObject({ field: 'primair', ratio: 2.2 });
    expect(problem!.message).toContain('als kleur van links op wit');
    expect(problem!.message).toContain('2,2 : 1; nodig is minstens 4,5 : 1');
    expect(others.every((other) => other.field === 'primair')).toBe(true);
  });

  it('does not round a ratio just under the minimum up to a pass', () => {
    // #3a7ca5 is 4.56 : 1 on white but 4.1 : 1 on the light tint that hero sections use.
    expect(brandContrastProblems({ primair: '#3a7ca5', accent: '#ffd23f' })).toEqual([
      expect.objectContaining({ field: 'primair', ratio: 4.1 }),
    ]);
  });

  it('names the accent when text on it or its focus ring on the footer would not stand out', () => {
    const problems = brandContrastProblems({ primair: '#0b5563', accent: '#2e3a45' });
    expect(problems.map((problem) => problem.field)).toEqual(['accent', 'accent']);
    expect(problems[0]!.message).toContain('als markering achter tekst');
    expect(problems[1]!.message).toContain('als focusrand op de donkere voettekst');
  });

  it('every palette it passes has AA contrast wherever the site uses the colours', () => {
    const hex = fc
      .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
      .map((rgb) => `#${rgb.map((part) => part.toString(16).padStart(2, '0')).join('')}`);
    fc.assert(
      fc.property(hex, hex, (primair, accent) => {
        if (brandContrastProblems({ primair, accent }).length > 0) return;
        const palette = brandPalette({ primair, accent });
        expect(contrastRatio(palette['brand-700'], '#ffffff')).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(palette['brand-700'], palette['brand-50'])).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio('#ffffff', palette['brand-900'])).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(INK, palette['accent-400'])).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(palette['accent-400'], palette['brand-900'])).toBeGreaterThanOrEqual(3);
      }),
    );
  });
});
