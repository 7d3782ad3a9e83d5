import { randomUUID } from 'node:crypto';
import { chmod, link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliveryResult, MailMessage, MailTransport } from '../../lib/mail/message';
import { fingerprint } from '../delivery/fingerprint';

/**
 * Writes each message as one JSON file in a local folder, so the site works without a mail account.
 * The file is named after the idempotency key and created with a hard link, which fails if the name exists:
 * a second call with the same key writes nothing, even from another process, and a second call with the same key but
 * another message is a conflict, like a mail provider's idempotency key. Messages hold names, addresses and
 * phone numbers, so only the server's own user may read them: the folder is 0700 and every file 0600.
 */
export class OutboxTransport implements MailTransport {
  readonly name = 'outbox';

  constructor(readonly folder: string) {}

  fileFor(idempotencyKey: string): string {
    return join(this.folder, `${idempotencyKey.replace(/[^a-zA-Z0-9_-]/g, '_')}.json`);
  }

  async send(message: MailMessage, idempotencyKey: string): Promise<DeliveryResult> {
    const target = this.fileFor(idempotencyKey);
    const temporary = join(this.folder, `.tmp-${randomUUID()}`);
    try {
      await mkdir(this.folder, { recursive: true, mode: 0o700 });
      // mkdir leaves an existing folder as it was.
      await chmod(this.folder, 0o700).catch(() => {});
      const content = {
        ...message,
        idempotencyKey,
        fingerprint: fingerprint(message),
        createdAt: new Date().toISOString(),
      };
      await writeFile(temporary, `${JSON.stringify(content, null, 2)}\n`, { encoding: 'utf8', mode: 0o600 });
      try {
        await link(temporary, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const earlier = JSON.parse(await readFile(target, 'utf8')) as Record<string, unknown>;
        // Files written before fingerprints existed: the message is the file without the outbox's own keys.
        const { idempotencyKey: _key, fingerprint: earlierPrint, createdAt: _at, ...earlierMessage } = earlier;
        if ((earlierPrint ?? fingerprint(earlierMessage)) !== content.fingerprint)
          return { status: 'conflict', reason: `outbox: ${target} bestaat al met een ander bericht` };
      }
      return { status: 'accepted', id: target };
    } catch (error) {
      return { status: 'rejected', reason: `outbox: ${(error as Error).message}` };
    } finally {
      await unlink(temporary).catch(() => {});
    }
  }
}
