import { randomUUID } from 'node:crypto';
import { link, mkdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MailBericht, MailTransport, VerzendResultaat } from './bericht';

/**
 * Writes each message as one JSON file in a local folder, so the site works without a mail account.
 * The file is named after the idempotency key and created with a hard link, which fails if the name exists:
 * a second call with the same key writes nothing, even from another process.
 */
export class OutboxTransport implements MailTransport {
  readonly naam = 'outbox';

  constructor(readonly map: string) {}

  bestandVoor(idempotencySleutel: string): string {
    return join(this.map, `${idempotencySleutel.replace(/[^a-zA-Z0-9_-]/g, '_')}.json`);
  }

  async verstuur(bericht: MailBericht, idempotencySleutel: string): Promise<VerzendResultaat> {
    const doel = this.bestandVoor(idempotencySleutel);
    const tijdelijk = join(this.map, `.tmp-${randomUUID()}`);
    try {
      await mkdir(this.map, { recursive: true });
      const inhoud = { ...bericht, idempotencyKey: idempotencySleutel, aangemaakt: new Date().toISOString() };
      await writeFile(tijdelijk, `${JSON.stringify(inhoud, null, 2)}\n`, 'utf8');
      try {
        await link(tijdelijk, doel);
      } catch (fout) {
        if ((fout as NodeJS.ErrnoException).code !== 'EEXIST') throw fout;
      }
      return { geaccepteerd: true, id: doel };
    } catch (fout) {
      return { geaccepteerd: false, reden: `outbox: ${(fout as Error).message}` };
    } finally {
      await unlink(tijdelijk).catch(() => {});
    }
  }
}
