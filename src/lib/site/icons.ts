// The favicon formats made from the bureau's logo: an SVG for browsers that take one, and an .ico for the rest.

/** A PNG logo wrapped in an SVG, so that the SVG favicon exists for a bureau whose logo is a PNG. */
export function pngInSvg(base64: string, width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${base64}"/></svg>`;
}

/**
 * An .ico file holding one square PNG (allowed since Windows Vista and read by every browser): a 6-byte header, one
 * 16-byte directory entry, then the PNG itself.
 */
export function icoFromPng(png: Uint8Array, size: number): Uint8Array {
  const header = new DataView(new ArrayBuffer(22));
  header.setUint16(2, 1, true); // type: icon
  header.setUint16(4, 1, true); // one image
  header.setUint8(6, size >= 256 ? 0 : size); // width (0 means 256)
  header.setUint8(7, size >= 256 ? 0 : size); // height
  header.setUint16(10, 1, true); // colour planes
  header.setUint16(12, 32, true); // bits per pixel
  header.setUint32(14, png.byteLength, true); // size of the image data
  header.setUint32(18, 22, true); // where the image data starts
  const ico = new Uint8Array(22 + png.byteLength);
  ico.set(new Uint8Array(header.buffer), 0);
  ico.set(png, 22);
  return ico;
}
