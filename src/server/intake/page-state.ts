// Hands the state of a form post without JavaScript from POST /api/<intake> to the page that renders the answer (via
// Astro's rewrite, which keeps `locals`). A symbol key per intake keeps it out of the shared App.Locals type.
import type { IntakePageState } from '../../lib/intake/contract';

const keyOf = (intake: string) => Symbol.for(`wep.intake.${intake}.page-state`);

export function setIntakePageState(locals: object, intake: string, state: IntakePageState<unknown>): void {
  (locals as Record<symbol, unknown>)[keyOf(intake)] = state;
}

/** The state handed over by the intake's endpoint, or undefined when the page was opened directly. */
export function readIntakePageState<State extends IntakePageState<unknown>>(
  locals: object,
  intake: string,
): State | undefined {
  return (locals as Record<symbol, State | undefined>)[keyOf(intake)];
}
