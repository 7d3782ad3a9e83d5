// One e-mail message and the contract of the transports that deliver it (Resend, the local outbox).

/** A file attached to a message. */
export interface MailAttachment {
  /** File name as the recipient sees it, e.g. `aanbod-<referentie>.json`. */
  filename: string;
  /** MIME type, e.g. `application/json`. */
  contentType: string;
  /** The file's content as UTF-8 text. */
  content: string;
}

/** One e-mail message, independent of the transport that delivers it. */
export interface MailMessage {
  /** Sender, `Name <address>` or a bare address. */
  from: string;
  /** Recipients. */
  to: string[];
  /** Where replies go. */
  replyTo?: string;
  /** Subject on a single line. */
  subject: string;
  /** HTML part; every user value in it is escaped. */
  html: string;
  /** Plain-text part. */
  text: string;
  /** Attached files. */
  attachments?: MailAttachment[];
}

/** Why the outcome of a delivery is open: no answer in time, an error on the other side, a broken connection, or an
 * earlier attempt with the same key that the other side is still working on. */
export type UnknownCause = 'timeout' | 'server-error' | 'connection' | 'in-progress';

/**
 * Outcome of one delivery attempt. `accepted` only when the provider accepted it (or it was written to the outbox);
 * `rejected` when it certainly did not; `unknown` when nobody can tell (a time-out, a dropped connection, a server
 * error): the provider may still deliver it, and a retry with the same idempotency key is deduplicated; `conflict`
 * when the idempotency key was already used for a message with other content, so nothing was sent.
 */
export type DeliveryResult =
  | { status: 'accepted'; id: string }
  | { status: 'rejected'; reason: string }
  | { status: 'unknown'; reason: string; cause: UnknownCause }
  | { status: 'conflict'; reason: string };

/** Delivers messages. The idempotency key makes a repeated call with the same key deliver at most once. */
export interface MailTransport {
  /** Short name for logs. */
  readonly name: string;
  /** Sends `message`; `signal` aborts the attempt (its outcome is then unknown, cause `timeout`). */
  send(message: MailMessage, idempotencyKey: string, signal?: AbortSignal): Promise<DeliveryResult>;
}
