import { describe, expect, it } from 'vitest';
import { SHARE_IMAGE, shareImageSvg } from '../../../../src/lib/site/share-image';

describe('shareImageSvg', () => {
  it('draws at the size the page announces, without text that would need fonts on the build machine', () => {
    const svg = shareImageSvg();
    expect(svg).toContain(`width="${SHARE_IMAGE.width}" height="${SHARE_IMAGE.height}"`);
    expect(svg).not.toMatch(/<text|<tspan|font-/);
  });
  it('uses the colours it is given', () => {
    const svg = shareImageSvg({ background: '#123456', dark: '#000001', light: '#000002', accent: '#abcdef' });
    expect(svg).toContain('fill="#123456"');
    expect(svg).toContain('fill="#abcdef"');
    expect(svg).not.toContain('#0b5563');
  });
});
