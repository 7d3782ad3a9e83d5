// The dates that make a request urgent (src/lib/request/key-dates.ts, from the poortwachter-planner): shown in the
// form as soon as the first sick day is known, and on the thank-you page.
import type { KeyDates as KeyDatesValue } from '../../lib/request/key-dates';
import { formatDutchDateWithWeekday } from '../../lib/format/dates';

interface Props {
  dates: KeyDatesValue;
  /** The heading level: a section of the form (3) or of the thank-you page (2). */
  level?: 2 | 3;
}

export function KeyDates({ dates, level = 3 }: Props) {
  const day = formatDutchDateWithWeekday;
  const passed = (date: string) => (date < dates.berekendOp ? ' (deze datum is voorbij)' : '');
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div class="mb-6 max-w-2xl border-l-8 border-brand-700 bg-brand-50 p-4" data-testid="termijnen">
      <Heading class="text-lg font-bold text-brand-900">Hoe dringend is het?</Heading>
      <dl class="mt-2 space-y-2">
        <div>
          <dt class="inline font-bold">Week van de ziekte: </dt>
          <dd class="inline">
            week {dates.weekVanZiekte} (op {day(dates.berekendOp)})
          </dd>
        </div>
        <div>
          <dt class="inline font-bold">Uiterste start 2e spoor: </dt>
          <dd class="inline">
            {day(dates.uitersteStart2eSpoor)}
            {passed(dates.uitersteStart2eSpoor)}
          </dd>
        </div>
        <div>
          <dt class="inline font-bold">WIA-aanvraag uiterlijk: </dt>
          <dd class="inline">
            {day(dates.wiaAanvraagUiterlijk)}
            {passed(dates.wiaAanvraagUiterlijk)}
          </dd>
        </div>
      </dl>
      <p class="mt-2 text-sm">
        Berekend met onze poortwachter-planner: het 2e spoor uiterlijk 6 weken na de eerstejaarsevaluatie (norm van
        UWV), de WIA-aanvraag uiterlijk aan het eind van week 93. Een schatting, geen juridisch advies.
      </p>
    </div>
  );
}
