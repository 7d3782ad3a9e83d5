import { Resend } from 'resend';
import type { DeliveryResult, MailMessage, MailTransport } from '../../lib/mail/message';

/** Sends through Resend. `baseUrl` (RESEND_BASE_URL) lets tests point the real SDK at a local fake server. */
export class ResendTransport implements MailTransport {
  readonly name = 'resend';
  readonly #client: Resend;

  constructor(apiKey: string, baseUrl?: string) {
    // The SDK appends "/emails" as is, so a trailing slash in RESEND_BASE_URL would make "//emails".
    this.#client = new Resend(apiKey, baseUrl ? { baseUrl: baseUrl.replace(/\/+$/, '') } : undefined);
  }

  async send(message: MailMessage, idempotencyKey: string): Promise<DeliveryResult> {
    try {
      const { data, error } = await this.#client.emails.send(
        {
          from: message.from,
          to: message.to,
          replyTo: message.replyTo,
          subject: message.subject,
          html: message.html,
          text: message.text,
          attachments: message.attachments?.map((file) => ({
            filename: file.filename,
            contentType: file.contentType,
            content: Buffer.from(file.content, 'utf8'),
          })),
        },
        { idempotencyKey },
      );
      // The SDK reports HTTP and network errors in `error`; only an id means the provider accepted the mail.
      if (data?.id) return { status: 'accepted', id: data.id };
      const code = error?.statusCode ?? null;
      const reason = `${error?.name ?? 'onbekend'} (${code ?? 'geen antwoord'}): ${error?.message ?? ''}`;
      return isCertainRefusal(code, error?.name) ? { status: 'rejected', reason } : { status: 'unknown', reason };
    } catch (error) {
      return { status: 'unknown', reason: `uitzondering: ${(error as Error).message}` };
    }
  }
}

/**
 * Whether Resend certainly did not take the mail: a 4xx answer, except a 409 about a request with the same key that
 * is still being processed. No answer (network error) or a 5xx leaves it open.
 */
function isCertainRefusal(statusCode: number | null, name: string | undefined): boolean {
  if (statusCode === null || statusCode >= 500) return false;
  return !(statusCode === 409 && name === 'concurrent_idempotent_requests');
}
