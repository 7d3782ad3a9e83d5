// What stands above an intake form, the same for every intake: a failure notice, the error summary, and the answers
// restored from a draft with a way to start empty.
import type { Ref } from 'preact';
import type { FieldErrors, FormAgain } from '../../lib/intake/contract';
import { ErrorSummary } from '../forms/ErrorSummary';
import { Notice } from './Notice';
import type { IntakeNotice } from './use-intake-submit';

interface Props<Field extends string> {
  /** The intake's noun: aanbod, aanvraag. */
  noun: string;
  notice: IntakeNotice | undefined;
  errors: FieldErrors<Field>;
  /** The heading that takes focus after an attempt: the error summary's, else the notice's. */
  headingRef: Ref<HTMLHeadingElement>;
  contact: { email: string; telefoon: string };
  /** The form as the server showed it again: its notice or summary takes focus as the page opens (no script yet). */
  again: Omit<FormAgain<unknown, Field>, 'kind'> | undefined;
  /** True while the form shows answers restored from a draft. */
  restored: boolean;
  /** Where the draft was kept, as the banner says it: "in dit tabblad", "in deze browser". */
  draftPlace: string;
  onStartAgain: () => void;
}

export function FormMessages<Field extends string>({
  noun,
  notice,
  errors,
  headingRef,
  contact,
  again,
  restored,
  draftPlace,
  onStartAgain,
}: Props<Field>) {
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <>
      {notice && (
        <Notice
          noun={noun}
          status={notice.status}
          message={notice.message}
          contact={contact}
          headingRef={hasErrors ? undefined : headingRef}
          autoFocus={Boolean(again?.message && again.status !== 422)}
        />
      )}
      <ErrorSummary errors={errors} headingRef={headingRef} autoFocus={Object.keys(again?.errors ?? {}).length > 0} />
      {restored && (
        <div class="mb-6 flex flex-wrap items-center gap-3 bg-brand-50 p-4" role="status">
          <p>Wij hebben de antwoorden teruggezet die u eerder {draftPlace} invulde.</p>
          <button type="button" class="btn btn-secondary" onClick={onStartAgain}>
            Leeg formulier
          </button>
        </div>
      )}
    </>
  );
}
