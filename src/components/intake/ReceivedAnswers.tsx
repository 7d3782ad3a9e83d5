// "Wat u ons stuurde": the answers as the bureau received them, on the thank-you page of every intake.
import type { ReceivedAnswer } from '../../lib/intake/contract';

interface Props {
  answers: ReceivedAnswer[];
  /** The heading's level on the page: 2 where the thank-you is the page, 3 under the offer page's own heading. */
  level: 2 | 3;
}

export function ReceivedAnswers({ answers, level }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading class="mt-8 text-xl font-bold text-brand-900">Wat u ons stuurde</Heading>
      <dl class="mt-3 divide-y divide-brand-100 border-y border-brand-100">
        {answers.map((answer) => (
          <div key={answer.label} class="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
            <dt class="font-bold">{answer.label}</dt>
            <dd class="whitespace-pre-line break-words sm:col-span-2">{answer.value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
