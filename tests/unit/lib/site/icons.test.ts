import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { icoFromPng, pngInSvg } from '../../../../src/lib/site/icons';

describe('icoFromPng', () => {
  it('wraps a PNG in an .ico that image tools read back at its size', async () => {
    const png = await sharp({ create: { width: 32, height: 32, channels: 4, background: '#1d4e89' } })
      .png()
      .toBuffer();
    const ico = Buffer.from(icoFromPng(png, 32));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7]]).toEqual([32, 32]);
    expect(ico.readUInt32LE(14)).toBe(png.byteLength);
    expect(ico.subarray(ico.readUInt32LE(18)).equals(png)).toBe(true);
  });
});

describe('pngInSvg', () => {
  it('keeps the PNG and its proportions', () => {
    const svg = pngInSvg('iVBORw0KGgo=', 120, 40);
    expect(svg).toContain('viewBox="0 0 120 40"');
    expect(svg).toContain('href="data:image/png;base64,iVBORw0KGgo="');
  });
});
