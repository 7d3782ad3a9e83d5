import { describe, expect, it } from 'vitest';
import { brandPalette } from '../../../../src/lib/site/brand-colours';
import { LOGO_BOX, SHARE_IMAGE, shareImageSvg } from '../../../../src/lib/site/share-image';

const palette = brandPalette({ primair: '#123456', accent: '#abcdef' });

describe('shareImageSvg', () => {
  it('draws at the size the page announces, without text that would need fonts on the build machine', () => {
    const svg = shareImageSvg(palette);
    expect(svg).toContain(`width="${SHARE_IMAGE.width}" height="${SHARE_IMAGE.height}"`);
    expect(svg).not.toMatch(/<text|<tspan|font-/);
  });

  it("uses the bureau's colours and no others", () => {
    const svg = shareImageSvg(palette);
    expect(svg).toContain('fill="#123456"');
    expect(svg).toContain('fill="#abcdef"');
    const colours = new Set(svg.match(/#[0-9a-f]{3,6}\b/g));
    expect([...colours].filter((colour) => colour !== '#fff' && !Object.values(palette).includes(colour))).toEqual([]);
  });

  it('keeps the logo box inside the image', () => {
    expect(LOGO_BOX.left + LOGO_BOX.width).toBeLessThan(SHARE_IMAGE.width);
    expect(LOGO_BOX.top + LOGO_BOX.height).toBeLessThan(SHARE_IMAGE.height);
  });
});
