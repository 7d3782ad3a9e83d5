/** Largest body POST /api/aanbod accepts. */
export const MAX_BODY_BYTES = 32 * 1024;

/** Reads the body as UTF-8 text, or returns null as soon as it grows past `max` bytes (the header may lie or be absent). */
export async function leesBody(request: Request, max = MAX_BODY_BYTES): Promise<string | null> {
  const opgegeven = Number(request.headers.get('content-length') ?? '0');
  if (opgegeven > max) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const delen: Uint8Array[] = [];
  let totaal = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    totaal += value.byteLength;
    if (totaal > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    delen.push(value);
  }
  return Buffer.concat(delen).toString('utf8');
}
