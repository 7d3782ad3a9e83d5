import { createHash } from 'node:crypto';

/** A short, stable fingerprint of what is sent under an idempotency key, to tell a retry from other content. */
export function fingerprint(content: string | object): string {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  return createHash('sha256').update(text).digest('base64url');
}
