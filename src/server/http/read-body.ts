// Reads a request body with a size limit and a time limit, whatever its transfer encoding: a body announced as too
// large is refused before a byte is read, one that grows too large is cut off at once, and one that stalls or
// never ends is given up on when the time is over.

export type BodyReadResult = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'timeout' | 'aborted' };

interface BodyLimits {
  /** Largest body in bytes. */
  maxBytes: number;
  /** Longest time in milliseconds to receive the whole body. */
  timeoutMs: number;
}

export async function readBody(request: Request, { maxBytes, timeoutMs }: BodyLimits): Promise<BodyReadResult> {
  const announced = Number(request.headers.get('content-length') ?? '0');
  if (announced > maxBytes) {
    await request.body?.cancel().catch(() => {});
    return { ok: false, reason: 'too-large' };
  }
  if (!request.body) return { ok: true, text: '' };

  const reader = request.body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), timeout]);
      if (next === 'timeout') {
        reader.cancel().catch(() => {});
        return { ok: false, reason: 'timeout' };
      }
      if (next.done) break;
      total += next.value.byteLength;
      if (total > maxBytes) {
        reader.cancel().catch(() => {});
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(next.value);
    }
  } catch {
    // The client went away, or the server's own body limit cut the stream.
    return { ok: false, reason: total > maxBytes ? 'too-large' : 'aborted' };
  } finally {
    clearTimeout(timer);
  }
  return { ok: true, text: new TextDecoder().decode(concat(chunks, total)) };
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const all = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}
