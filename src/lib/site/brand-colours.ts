// The bureau's brand colours (bureau.yaml `huisstijl`) as the site uses them: the shades derived from the primary
// colour, the CSS custom properties that replace Tailwind's theme defaults, and the WCAG 2.2 AA contrast check that
// stops the build when a colour would make text or a control hard to see.
import { formatHex, interpolate, wcagContrast } from 'culori';

/** The two colours a bureau chooses, as `#rrggbb`. */
export interface BrandColours {
  /** Links, buttons, the header line; darker shades of it for headings and the footer. */
  primair: string;
  /** Focus ring halo and highlights behind text. */
  accent: string;
}

/** Every colour the site's stylesheet uses from the brand, by its Tailwind theme name. */
export interface Palette {
  'brand-50': string;
  'brand-100': string;
  'brand-700': string;
  'brand-800': string;
  'brand-900': string;
  'accent-400': string;
}

/** Text colour of the whole site (global.css `--color-ink`), which sits on the accent in highlights. */
export const INK = '#1b1f23';
const WHITE = '#ffffff';
const BLACK = '#000000';

/** WCAG 2.2 AA minimums: 1.4.3 for text, 1.4.11 for controls and focus indicators. */
const TEXT_MINIMUM = 4.5;
const NON_TEXT_MINIMUM = 3;

/** `amount` (0–1) of the way from `from` to `to`, mixed in sRGB as CSS color-mix() does by default. */
const mix = (from: string, to: string, amount: number) => formatHex(interpolate([from, to], 'rgb')(amount));

/**
 * The palette the site uses. The primary colour is `brand-700`; the light tints (backgrounds of the hero and notes)
 * and the dark shades (hover, headings, the footer) are mixed from it with white and black, in the proportions of
 * the original design (#0b5563 gives back its #eef6f7, #d5e9ec, #08414c and #062f37 within a step).
 */
export function brandPalette({ primair, accent }: BrandColours): Palette {
  const primary = formatHex(primair) ?? primair;
  return {
    'brand-50': mix(primary, WHITE, 0.93),
    'brand-100': mix(primary, WHITE, 0.83),
    'brand-700': primary,
    'brand-800': mix(primary, BLACK, 0.23),
    'brand-900': mix(primary, BLACK, 0.45),
    'accent-400': formatHex(accent) ?? accent,
  };
}

/** The stylesheet rule that gives Tailwind's theme variables the bureau's colours (unlayered, so it wins). */
export function paletteCss(palette: Palette): string {
  const declarations = Object.entries(palette).map(([name, value]) => `--color-${name}:${value}`);
  return `:root{${declarations.join(';')}}\n`;
}

/** A pair of colours the site puts next to each other, and the contrast WCAG asks of it. */
interface ColourPair {
  /** The bureau.yaml field the failing colour comes from. */
  field: 'primair' | 'accent';
  /** Where the pair is used, in the words of the error message. */
  use: string;
  foreground: string;
  background: string;
  minimum: number;
}

/** Every place the brand colours meet text or a background, and the contrast each needs. */
function colourPairs(palette: Palette): ColourPair[] {
  return [
    {
      field: 'primair',
      use: 'als kleur van links op wit en als knop met witte tekst',
      foreground: palette['brand-700'],
      background: WHITE,
      minimum: TEXT_MINIMUM,
    },
    {
      field: 'primair',
      use: 'als kleur van links op de lichte achtergrond (een tint van de huisstijlkleur)',
      foreground: palette['brand-700'],
      background: palette['brand-50'],
      minimum: TEXT_MINIMUM,
    },
    {
      field: 'primair',
      use: 'donkerder gemaakt als achtergrond van de voettekst met witte tekst',
      foreground: WHITE,
      background: palette['brand-900'],
      minimum: TEXT_MINIMUM,
    },
    {
      field: 'accent',
      use: 'als markering achter tekst',
      foreground: INK,
      background: palette['accent-400'],
      minimum: TEXT_MINIMUM,
    },
    {
      field: 'accent',
      use: 'als focusrand op de donkere voettekst',
      foreground: palette['accent-400'],
      background: palette['brand-900'],
      minimum: NON_TEXT_MINIMUM,
    },
  ];
}

/** A colour that fails its contrast check. */
export interface ContrastProblem {
  field: 'primair' | 'accent';
  /** Dutch, e.g. "heeft als kleur van links op wit een contrast van 2,9 : 1; nodig is minstens 4,5 : 1 (…)". */
  message: string;
  ratio: number;
}

/** The contrast ratio, rounded down to one decimal so that 4.49 never passes as 4.5. */
const floorRatio = (ratio: number) => Math.floor(ratio * 10) / 10;
const dutchNumber = (value: number) => value.toFixed(1).replace('.', ',');

/** The contrast ratio of two colours (1 to 21), as WCAG 2.2 defines it. */
export const contrastRatio = (a: string, b: string): number => wcagContrast(a, b);

/**
 * Checks the brand colours against WCAG 2.2 AA (1.4.3 text 4.5 : 1, 1.4.11 non-text 3 : 1) wherever the site uses
 * them; returns one problem per failing use, empty when all pass.
 */
export function brandContrastProblems(colours: BrandColours): ContrastProblem[] {
  return colourPairs(brandPalette(colours)).flatMap(({ field, use, foreground, background, minimum }) => {
    const ratio = floorRatio(contrastRatio(foreground, background));
    if (ratio >= minimum) return [];
    const advice = field === 'primair' ? 'kies een donkerdere kleur' : 'kies een lichtere kleur';
    return [
      {
        field,
        ratio,
        message: `heeft ${use} een contrast van ${dutchNumber(ratio)} : 1; nodig is minstens ${dutchNumber(minimum)} : 1 (WCAG 2.2 AA): ${advice}`,
      },
    ];
  });
}
