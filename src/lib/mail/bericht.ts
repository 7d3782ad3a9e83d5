/** One e-mail message, independent of the transport that delivers it. */
export interface MailBericht {
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
}

/** Outcome of one delivery attempt. `geaccepteerd` only when the provider accepted it (or it was written to the outbox). */
export type VerzendResultaat = { geaccepteerd: true; id: string } | { geaccepteerd: false; reden: string };

/** Delivers messages. The idempotency key makes a repeated call with the same key deliver at most once. */
export interface MailTransport {
  /** Short name for logs. */
  readonly naam: string;
  verstuur(bericht: MailBericht, idempotencySleutel: string): Promise<VerzendResultaat>;
}
