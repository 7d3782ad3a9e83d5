import type { APIRoute } from 'astro';
import { squareLogoPng } from '../data/logo-file';

// The home-screen icon (and the Organization logo in the home page's JSON-LD): the logo on white, 180 × 180, with room
// around it, since phones round the corners (rendered once at build time).
export const GET: APIRoute = async () => {
  const png = await squareLogoPng(180, { padding: 18, background: { r: 255, g: 255, b: 255, alpha: 1 } });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
