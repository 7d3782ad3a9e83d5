// Result figures and client stories as the pages show them: a figure never without what it measures, its period,
// its number of trajectories and its source; a story never with a name unless the client agreed to be named.
import { formatDutchDate } from '../format/dates';
import { formatNumber } from '../format/numbers';
import type { Result } from '../../schemas/results';
import type { StoryData } from '../../schemas/story';

/** The figure with its unit: "21%", "4,5 werkdagen". */
export function formatResultValue(result: Pick<Result, 'waarde' | 'eenheid'>): string {
  const value = formatNumber(result.waarde);
  return result.eenheid === '%' ? `${value}%` : `${value} ${result.eenheid}`;
}

const dateOf = (iso: string) => new Date(`${iso}T12:00:00Z`);

/** The period in words: "4e kwartaal 2022 (1 oktober 2022 tot en met 31 december 2022)". */
export function resultPeriodText(result: Pick<Result, 'periode'>): string {
  const { label, van, tot } = result.periode;
  return `${label} (${formatDutchDate(dateOf(van))} tot en met ${formatDutchDate(dateOf(tot))})`;
}

/** Where the figure comes from and what it rests on: "48 trajecten; bron: eigen registratie Q4 2022". */
export function resultProvenance(result: Pick<Result, 'aantalTrajecten' | 'bron'>): string {
  const trajectories = `${formatNumber(result.aantalTrajecten)} ${result.aantalTrajecten === 1 ? 'traject' : 'trajecten'}`;
  return `${trajectories}; bron: ${result.bron}`;
}

/** Who a story is about, or undefined when it is anonymised (the default): nothing that names the client is shown. */
export function storyAttribution(
  story: Pick<StoryData, 'geanonimiseerd' | 'naam' | 'organisatie'>,
): string | undefined {
  if (story.geanonimiseerd) return undefined;
  const parts = [story.naam, story.organisatie].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(', ') : undefined;
}
