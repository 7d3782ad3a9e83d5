// The sources of a calculator's figures as one short numbered list for paper: every address once, with the figures
// it is the source of and their year. On screen the sources are links under "Hoe rekenen we dit?".
import type { ParametersFile } from '../../schemas/calculator-parameters';
import { formatDutchDate } from '../format/dates';
import type { CalculatorEntry } from './catalogue';
import { estimateLabels, statutoryLabels } from './parameter-labels';

/** One source as printed: what it is the source of, and its address. */
export interface PrintedSource {
  title: string;
  url: string;
}

/** The sources of the parameters a calculator uses in one year's file, each address once, in the catalogue's order. */
export function printedSources(entry: Pick<CalculatorEntry, 'parameters'>, file: ParametersFile): PrintedSource[] {
  const byUrl = new Map<string, string[]>();
  const add = (url: string | undefined, title: string) => {
    if (!url) return;
    byUrl.set(url, [...(byUrl.get(url) ?? []), title]);
  };
  for (const key of entry.parameters.statutory) {
    const value = file.wettelijk[key];
    const { label } = statutoryLabels[key];
    if ('perioden' in value) {
      for (const period of value.perioden)
        add(period.bron, `${label} vanaf ${formatDutchDate(new Date(`${period.geldigVanaf}T00:00:00Z`))}`);
    } else {
      add(value.bron, `${label}, ${file.jaar}`);
    }
  }
  for (const key of entry.parameters.estimates) {
    const estimate = file.schattingen[key];
    add(estimate.bron, `${estimateLabels[key].label} (schatting uit ${estimate.peiljaar})`);
  }
  return [...byUrl].map(([url, titles]) => ({ title: titles.join('; '), url }));
}
