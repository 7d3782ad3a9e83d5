import { useEffect, useState } from 'preact/hooks';
import type { CalculatorSpec } from '../../lib/calculators/calculator-view';
import {
  defaultRawValues,
  isFieldActive,
  validateFields,
  YEAR_KEY,
  type RawValues,
} from '../../lib/calculators/form-model';
import { formatEuro } from '../../lib/format/numbers';
import { readUrlValues, urlParamName, writeUrlValues } from '../../lib/calculators/url-state';
import { valuesTypedBeforeHydration } from '../site/typed-before-hydration';
import { parametersForYear, type YearParameters } from '../../lib/calculators/year-parameters';
import { CalculatorField } from './CalculatorField';
import { ResultChart } from './ResultChart';

/** Props every calculator island receives from the server. */
export interface CalculatorIslandProps {
  /** Parameters of every available year. */
  parameters: YearParameters[];
  /** Year selected when the URL names none. */
  defaultYear: number;
}

interface Props extends CalculatorIslandProps {
  spec: CalculatorSpec;
}

/** Generic calculator: inputs kept in the URL, results that update as you type. */
export function Calculator({ spec, parameters, defaultYear }: Props) {
  const keys = [YEAR_KEY, ...spec.fields.map((f) => f.key)];
  const idPrefix = `rh-${spec.prefix}`;
  const formId = `${idPrefix}-formulier`;
  // Values typed before hydration, read in the first render before Preact touches the form. The controls are
  // named like their query parameters; an unticked box is absent from the form, which means "nee".
  const [typedBeforeHydration] = useState(() => {
    const typed = readUrlValues(`?${new URLSearchParams(valuesTypedBeforeHydration(formId))}`, spec.prefix, keys);
    for (const field of spec.fields) if (field.kind === 'toggle' && typed[field.key] === '') typed[field.key] = 'nee';
    return typed;
  });
  // Only what the user changed is kept (and put in the URL); everything else shows the year's default. It starts
  // empty so the hydrating render matches the server's HTML (typed values can add fields, e.g. a toggle).
  const [changed, setChanged] = useState<RawValues>({});

  const save = (next: RawValues) => {
    setChanged(next);
    const search = writeUrlValues(location.search, spec.prefix, keys, next);
    history.replaceState(history.state, '', location.pathname + search + location.hash);
  };

  useEffect(() => {
    const fromUrl = () => readUrlValues(location.search, spec.prefix, keys);
    const restore = () => setChanged(fromUrl());
    // Typed values win over the address and are put in it.
    if (Object.keys(typedBeforeHydration).length > 0) save({ ...fromUrl(), ...typedBeforeHydration });
    else restore();
    addEventListener('popstate', restore);
    return () => removeEventListener('popstate', restore);
    // Once, after hydration: it reads the address and what was typed before, and listens to history from then on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const years = parameters.map((p) => p.year);
  const chosenYear = Number(changed[YEAR_KEY]);
  const year = years.includes(chosenYear) ? chosenYear : defaultYear;
  const parametersFor = (y: number) => parametersForYear(parameters, y);
  const raw: RawValues = { ...defaultRawValues(spec.fields, parametersFor(year)), ...changed };
  const { values, errors } = validateFields(spec.fields, raw);
  const errorKeys = Object.keys(errors);
  const view = errorKeys.length === 0 ? spec.compute(values, year, parametersFor) : null;
  const headingId = `${idPrefix}-titel`;

  return (
    <section
      class="rekenhulp my-8 rounded-lg border-2 border-brand-100 bg-white p-4 sm:p-6 print:my-0 print:border-0 print:p-0"
      aria-labelledby={headingId}
    >
      <h2 id={headingId} class="mt-0 text-2xl print:text-lg font-bold break-words hyphens-auto text-brand-900">
        {spec.title}
      </h2>
      <div class="grid gap-8 lg:grid-cols-2 print:grid-cols-2 print:gap-6">
        <form id={formId} class="min-w-0 space-y-5 print:space-y-2" noValidate onSubmit={(e) => e.preventDefault()}>
          <div>
            <label for={`${idPrefix}-jaar`} class="block font-semibold">
              {spec.yearLabel}
            </label>
            <select
              id={`${idPrefix}-jaar`}
              name={urlParamName(spec.prefix, YEAR_KEY)}
              class="mt-1 rounded border-2 border-ink px-2 py-1.5"
              value={String(year)}
              onChange={(e) => save({ ...changed, [YEAR_KEY]: e.currentTarget.value })}
            >
              {years.map((y) => (
                <option key={y} value={String(y)}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          {spec.fields
            .filter((field) => isFieldActive(field, raw))
            .map((field) => (
              <CalculatorField
                key={field.key}
                field={field}
                idPrefix={idPrefix}
                name={urlParamName(spec.prefix, field.key)}
                value={raw[field.key] ?? ''}
                error={errors[field.key]}
                onChange={(key, value) => save({ ...changed, [key]: value })}
              />
            ))}
          <button type="button" class="btn btn-secondary no-print" onClick={() => save({})}>
            Begin opnieuw
          </button>
        </form>
        <div class="min-w-0">
          <h3 class="mt-0 text-xl font-bold text-brand-900">Uitkomst ({year})</h3>
          <p role="status" aria-live="polite" class="font-semibold" data-testid="rekenhulp-samenvatting">
            {view ? view.summary : 'Controleer de velden met een foutmelding. Dan rekenen we verder.'}
          </p>
          {!view && (
            <ul class="list-disc pl-6">
              {errorKeys.map((key) => (
                <li key={key}>
                  <a href={`#${idPrefix}-${key}`}>{errors[key]}</a>
                </li>
              ))}
            </ul>
          )}
          {view && (
            <>
              <dl class="mt-4 divide-y divide-brand-100 border-y border-brand-100">
                {view.rows.map((row) => (
                  <div
                    key={row.label}
                    class={`flex flex-wrap justify-between gap-x-4 py-2 print:py-1 ${row.isTotal ? 'font-bold' : ''}`}
                  >
                    <dt>{row.label}</dt>
                    <dd class="tabular-nums">{formatEuro(row.amount)}</dd>
                  </div>
                ))}
              </dl>
              <ResultChart bars={view.chart} caption={`Belangrijkste bedragen (${year})`} />
              {view.table && (
                <div class="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-label={view.table.caption}>
                  <table class="w-full text-sm print:text-xs">
                    <caption class="text-left font-semibold">{view.table.caption}</caption>
                    <thead>
                      <tr>
                        {view.table.head.map((h) => (
                          <th key={h} scope="col" class="px-1 text-left">
                            {h}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {view.table.body.map((cells) => (
                        <tr key={cells[0]}>
                          {cells.map((cell, i) =>
                            i === 0 ? (
                              <th key={i} scope="row" class="whitespace-nowrap px-1 text-left">
                                {cell}
                              </th>
                            ) : (
                              <td key={i} class="whitespace-nowrap px-1 tabular-nums">
                                {cell}
                              </td>
                            ),
                          )}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {view.notes.map((note) => (
                <p key={note} class="mt-3 text-sm">
                  {note}
                </p>
              ))}
              {view.link && (
                <p class="mt-3 text-sm">
                  <a href={view.link.href}>{view.link.text}</a>
                </p>
              )}
            </>
          )}
        </div>
      </div>
    </section>
  );
}
