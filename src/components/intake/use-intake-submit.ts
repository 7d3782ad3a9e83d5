// What an enhanced intake form does when it is sent, shared by the offer and the request: one send at a time, the
// same reference for the same answers (so a retry is deduplicated by the server), the server's field errors or
// failure in place with "Fout: " before the page title while errors show, and focus moved to the error summary, the
// notice or the confirmation after each attempt.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldErrors, FormAgain } from '../../lib/intake/contract';
import type { MessageStatus } from '../../lib/intake/screen-texts';
import { useErrorTitle } from '../forms/use-error-title';
import type { IntakeSendOutcome } from './send-intake';

/** A failure the form shows above itself. */
export interface IntakeNotice {
  status: MessageStatus;
  message: string;
}

interface Options<Input extends { referentie: string }, Field extends string, Extra extends object> {
  /** The answers as typed. */
  values: Input;
  /** The form as the server showed it again (after an error or a failure), if it did. */
  again?: Omit<FormAgain<Input, Field>, 'kind'> | undefined;
  /** A new reference for a new set of answers. */
  newReference: () => string;
  /** Sends the answers with their reference. */
  send: (values: Input, reference: string) => Promise<IntakeSendOutcome<Field, Extra>>;
  /** The bureau has the answers. */
  onSent: (outcome: Extract<IntakeSendOutcome<Field, Extra>, { kind: 'sent' }>) => void;
}

/** The same answers, whatever reference they carried. */
const fingerprintOf = (values: { referentie: string }) => JSON.stringify({ ...values, referentie: '' });

export function useIntakeSubmit<Input extends { referentie: string }, Field extends string, Extra extends object>({
  values,
  again,
  newReference,
  send,
  onSent,
}: Options<Input, Field, Extra>) {
  const [errors, setErrors] = useState<FieldErrors<Field>>(again?.errors ?? {});
  const [notice, setNotice] = useState<IntakeNotice | undefined>(
    again?.message && again.status !== 422 ? { status: again.status, message: again.message } : undefined,
  );
  const [busy, setBusy] = useState(false);
  const [focusCount, setFocusCount] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A ref, not state: a double click fires before the disabled button is rendered.
  const busyRef = useRef(false);
  // After a failed send the server hands the reference back; a retry of the same answers must reuse it.
  const lastAttempt = useRef(
    again?.input.referentie
      ? { fingerprint: fingerprintOf(again.input), reference: again.input.referentie }
      : undefined,
  );

  useErrorTitle(Object.keys(errors).length > 0);

  useEffect(() => {
    if (focusCount > 0) headingRef.current?.focus();
  }, [focusCount]);

  async function attempt() {
    setNotice(undefined);
    const fingerprint = fingerprintOf(values);
    if (lastAttempt.current?.fingerprint !== fingerprint)
      lastAttempt.current = { fingerprint, reference: newReference() };
    setBusy(true);
    const outcome = await send(values, lastAttempt.current.reference);
    setErrors(outcome.kind === 'errors' ? outcome.errors : {});
    if (outcome.kind === 'sent') onSent(outcome);
    else if (outcome.kind === 'failed') {
      setNotice({ status: outcome.status, message: outcome.message });
      // The reference was refused (damaged, or already used for other answers): the next send gets a new one.
      if (outcome.status === 400 || outcome.status === 409) lastAttempt.current = undefined;
    }
    setFocusCount((n) => n + 1);
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (busyRef.current) return;
    busyRef.current = true;
    try {
      await attempt();
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }

  return {
    errors,
    /** Clears the errors when the form starts again. */
    clearErrors: () => setErrors({}),
    notice,
    busy,
    /** The heading that takes focus after an attempt (error summary, notice or confirmation). */
    headingRef,
    submit,
  };
}
