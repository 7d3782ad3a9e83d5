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

  async send(message: MailMessage, idempotencyKey: string, signal?: AbortSignal): Promise<DeliveryResult> {
    try {
      // resend 6.38 hands `signal` to its fetch call: at the deadline the request is aborted, so a hung provider never
      // holds a retry (the SDK then reports a network error, statusCode null).
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
        { idempotencyKey, signal },
      );
      // The SDK reports HTTP and network errors in `error`; only an id means the provider accepted the mail.
      if (data?.id) return { status: 'accepted', id: data.id };
      const code = error?.statusCode ?? null;
      const reason = `${error?.name ?? 'onbekend'} (${code ?? 'geen antwoord'}): ${error?.message ?? ''}`;
      return classify(code, error?.name, reason, signal);
    } catch (error) {
      return {
        status: 'unknown',
        reason: `uitzondering: ${(error as Error).message}`,
        cause: signal?.aborted ? 'timeout' : 'connection',
      };
    }
  }
}

/**
 * What Resend's answer means: no answer (aborted at the deadline or a network error) or a 5xx leaves it open; a 409
 * `invalid_idempotent_request` is the key reused with another message (nothing sent); a 409
 * `concurrent_idempotent_requests` is an earlier attempt with this key still in progress (open); any other 4xx is a
 * certain refusal. See https://resend.com/docs/dashboard/emails/idempotency-keys.
 */
function classify(
  statusCode: number | null,
  name: string | undefined,
  reason: string,
  signal: AbortSignal | undefined,
): DeliveryResult {
  if (statusCode === null) return { status: 'unknown', reason, cause: signal?.aborted ? 'timeout' : 'connection' };
  if (statusCode >= 500) return { status: 'unknown', reason, cause: 'server-error' };
  if (statusCode === 409 && name === 'concurrent_idempotent_requests')
    return { status: 'unknown', reason, cause: 'in-progress' };
  if (statusCode === 409 && name === 'invalid_idempotent_request') return { status: 'conflict', reason };
  return { status: 'rejected', reason };
}
