import { Resend } from 'resend';
import type { MailBericht, MailTransport, VerzendResultaat } from './bericht';

/** Sends through Resend. `baseUrl` (RESEND_BASE_URL) lets tests point the real SDK at a local fake server. */
export class ResendTransport implements MailTransport {
  readonly naam = 'resend';
  readonly #client: Resend;

  constructor(apiKey: string, baseUrl?: string) {
    // The SDK appends "/emails" as is, so a trailing slash in RESEND_BASE_URL would make "//emails".
    this.#client = new Resend(apiKey, baseUrl ? { baseUrl: baseUrl.replace(/\/+$/, '') } : undefined);
  }

  async verstuur(bericht: MailBericht, idempotencySleutel: string): Promise<VerzendResultaat> {
    try {
      const { data, error } = await this.#client.emails.send(
        {
          from: bericht.from,
          to: bericht.to,
          replyTo: bericht.replyTo,
          subject: bericht.subject,
          html: bericht.html,
          text: bericht.text,
        },
        { idempotencyKey: idempotencySleutel },
      );
      // The SDK reports HTTP and network errors in `error`; only an id means the provider accepted the mail.
      if (data?.id) return { geaccepteerd: true, id: data.id };
      return { geaccepteerd: false, reden: `${error?.name ?? 'onbekend'} (${error?.statusCode ?? 'geen antwoord'}): ${error?.message ?? ''}` };
    } catch (fout) {
      return { geaccepteerd: false, reden: `uitzondering: ${(fout as Error).message}` };
    }
  }
}
