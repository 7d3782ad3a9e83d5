import type { ComponentType } from 'preact';
import { ErrorSummary } from '../forms/ErrorSummary';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CalculatorDefinition, CalculatorSpec, CalculatorView } from '../../lib/calculators/calculator-view';
import {
  resolveRawValues,
  validateFields,
  withLabels,
  YEAR_KEY,
  type IslandTexts,
  type RawValues,
} from '../../lib/calculators/form-model';
import { dateKeysOf, readUrlValues, submittedSearch, urlParamName } from '../../lib/calculators/url-state';
import { foldTypedDateParts } from '../../lib/forms/date-parts';
import { parametersForYear, type YearParameters } from '../../lib/calculators/year-parameters';
import { todayInNetherlands } from '../../lib/format/dates';
import { formatNumber } from '../../lib/format/numbers';
import { withTypedBeforeHydration } from '../../lib/site/typed-values';
import { valuesTypedBeforeHydration } from '../site/typed-before-hydration';
import { CalculatorField } from './CalculatorField';
import { ResultDetails } from './ResultDetails';
import type { ResultTableProps } from './ResultTable';

/** How long typing must pause before the outcome is announced to screen readers. */
const ANNOUNCE_AFTER_MS = 700;

/** Props every calculator island receives from the server. */
export interface CalculatorIslandProps {
  /** Parameters of every available year. */
  parameters: YearParameters[];
  /** The title, the labels and the hints of the form, made by the server from the catalogue (not carried as code). */
  texts: IslandTexts;
  /** Year selected when the values name none. */
  defaultYear: number;
  /** Values of a submitted form (the result page, read from the query); empty on the calculator's own page. */
  initial: RawValues;
  /** True on the result page when those values came from a submission: errors get a summary above the form. */
  submitted: boolean;
  /** Where the form submits with GET: /rekenhulpen/<slug>/uitkomst/. */
  action: string;
  /** Where "Begin opnieuw" goes without JavaScript. */
  resetHref: string;
  /** On the calculator's own pages the address follows the inputs (the result address, so a copied link works anywhere). */
  updateAddress: boolean;
  /** Origin of the public site, for the link printed under the result. */
  siteOrigin: string;
  /**
   * Today in the Netherlands (`YYYY-MM-DD`) on a page rendered on demand; absent on a page built ahead of time, where
   * a calculator that counts from today learns the date once the island runs.
   */
  today?: string | undefined;
}

interface Props extends CalculatorIslandProps {
  /** The calculator's definition: its fields without their texts, and its formulas. */
  definition: CalculatorDefinition;
  /** Renders the spec's detail table; only calculators with a table pass it, so the others do not load its code. */
  Table?: ComponentType<ResultTableProps>;
}

/** "Controleer één veld", "Controleer 2 velden". */
const checkFields = (count: number) => `Controleer ${count === 1 ? 'één veld' : `${count} velden`}`;

/** The sentence a screen reader hears when typing pauses: the key outcome, or what to fix. */
function announcementFor(view: CalculatorView | null, errors: Record<string, string>): string {
  const messages = Object.values(errors);
  return view ? view.summary : `${checkFields(messages.length)}: ${messages[0] ?? ''}.`;
}

/**
 * Generic calculator. The server renders it with a result (on the result page for the submitted values), and the form
 * works without JavaScript: it submits with GET to the result page. Hydrated, it updates the result as you type,
 * keeps the address on the matching result page and announces the outcome once typing pauses.
 */
export function Calculator({
  definition,
  Table,
  parameters,
  texts,
  defaultYear,
  initial,
  submitted,
  action,
  resetHref,
  updateAddress,
  siteOrigin,
  today: serverToday,
}: Props) {
  // The fields with their labels, once: validation messages name them.
  const [spec] = useState<CalculatorSpec>(() => ({
    ...definition,
    title: texts.title,
    fields: withLabels(definition.fields, texts.labels),
  }));
  const idPrefix = `rh-${spec.prefix}`;
  const formId = `${idPrefix}-formulier`;
  const resultId = `${idPrefix}-uitkomst`;
  const headingId = `${idPrefix}-titel`;
  const keys = [YEAR_KEY, ...spec.fields.map((field) => field.key)];
  // Values typed before hydration, read in the first render before Preact touches the form. The controls are named
  // like their query parameters; an unticked box is absent from the form, which means "nee".
  // A date's boxes fold into its one value, as typed (boxes nobody touched keep what the server rendered).
  const [typedBeforeHydration] = useState(() => {
    const rendered = Object.fromEntries(
      dateKeysOf(spec.fields).map((key) => [urlParamName(spec.prefix, key), initial[key] ?? '']),
    );
    const folded = foldTypedDateParts(valuesTypedBeforeHydration(formId), Object.keys(rendered), rendered);
    const typed = readUrlValues(`?${new URLSearchParams(folded)}`, spec.prefix, keys);
    for (const field of spec.fields) if (field.kind === 'toggle' && typed[field.key] === '') typed[field.key] = 'nee';
    return typed;
  });
  // What differs from the year's defaults: the submitted values on the result page, then whatever the user changes.
  // It starts as the server rendered it, so hydration matches the HTML.
  const [changed, setChanged] = useState<RawValues>(initial);
  // The values as last saved, also between a change and the render it causes: every change builds on it, never on
  // the values of an earlier render, so no typed value is lost.
  const latest = useRef<RawValues>(initial);
  const [errorSummaryShown, setErrorSummaryShown] = useState(submitted);
  const [announcement, setAnnouncement] = useState('');
  // A page built ahead of time has no today: the island takes the visitor's date in the Netherlands once it runs.
  const [today, setToday] = useState(serverToday);
  const interacted = useRef(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const years = parameters.map((p) => p.year);
  const parametersFor = (y: number) => parametersForYear(parameters, y);
  const rawFor = (values: RawValues) => resolveRawValues(spec.fields, parameters, defaultYear, values).raw;

  const { year, raw } = resolveRawValues(spec.fields, parameters, defaultYear, changed);
  const { values, errors, ambiguous } = validateFields(spec.fields, raw, { today });
  const errorKeys = Object.keys(errors);
  const view =
    errorKeys.length === 0 ? spec.compute(values, { year, parametersFor, allParameters: parameters, today }) : null;
  const search = submittedSearch(spec, raw);
  const spoken = announcementFor(view, errors);
  const errorList = (
    <ul class="calc-error-list">
      {errorKeys.map((key) => (
        <li key={key}>
          <a href={`#${idPrefix}-${key}`}>{errors[key]}</a>
        </li>
      ))}
    </ul>
  );
  /** The two readings of an ambiguous number as links that fill it in: the result page for it without JavaScript. */
  const choicesFor = (key: string) =>
    ambiguous[key]?.map((reading) => {
      const text = formatNumber(reading);
      return { text, href: action + submittedSearch(spec, { ...raw, [key]: text }) };
    });

  /** Applies a change to the latest values: `update` gets them and returns the new ones. */
  const save = (update: (current: RawValues) => RawValues) => {
    const next = update(latest.current);
    latest.current = next;
    interacted.current = true;
    setErrorSummaryShown(false);
    setChanged(next);
    if (updateAddress) {
      const address = Object.keys(next).length === 0 ? resetHref : action + submittedSearch(spec, rawFor(next));
      history.replaceState(history.state, '', address + location.hash);
    }
  };

  useEffect(() => {
    if (spec.usesToday && serverToday === undefined) setToday(todayInNetherlands(new Date()));
    // Once, after hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Values typed before hydration win over what the server rendered, and are put in the address. A layout effect runs
  // while Preact hydrates, before Astro marks the island hydrated and before any event can reach the form; a plain
  // effect waits for the next frame, and a value typed in between would be overwritten by this one.
  useLayoutEffect(() => {
    if (Object.keys(typedBeforeHydration).length > 0)
      save((current) => withTypedBeforeHydration(current, initial, typedBeforeHydration));
    // Once, while hydrating.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // One polite announcement when typing pauses, never one per keystroke (and none on hydration).
  useEffect(() => {
    if (!interacted.current) return;
    const timer = setTimeout(() => setAnnouncement(spoken), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [spoken]);

  const onSubmit = (event: Event) => {
    // The result is already up to date: Enter or "Bereken" moves to it and announces it at once.
    event.preventDefault();
    interacted.current = true;
    if (updateAddress) history.replaceState(history.state, '', action + search + location.hash);
    setAnnouncement(spoken);
    resultHeading.current?.focus();
  };

  return (
    <section id={`${idPrefix}-rekenhulp`} class="calc rekenhulp" aria-labelledby={headingId}>
      <h2 id={headingId} class="calc-title">
        {spec.title}
      </h2>
      {errorSummaryShown && (
        <ErrorSummary
          errors={errors}
          idOf={(key) => `${idPrefix}-${key}`}
          headingId={`${idPrefix}-fouten`}
          level={3}
          testId="rekenhulp-foutoverzicht"
          autoFocus={submitted}
        />
      )}
      <div class="calc-grid">
        <form id={formId} method="get" action={action} class="calc-form" noValidate onSubmit={onSubmit}>
          {spec.yearLabel !== undefined && (
            <div class="calc-field">
              <label for={`${idPrefix}-jaar`} class="calc-label">
                {spec.yearLabel}
              </label>
              <select
                id={`${idPrefix}-jaar`}
                name={urlParamName(spec.prefix, YEAR_KEY)}
                class="calc-select"
                value={String(year)}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  save((current) => ({ ...current, [YEAR_KEY]: value }));
                }}
              >
                {years.map((y) => (
                  <option key={y} value={String(y)}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
          )}
          {/* Every field is in the form, also one that counts only under a toggle: without JavaScript nothing the
              result uses is hidden. */}
          {spec.fields.map((field) => (
            <CalculatorField
              key={field.key}
              field={field}
              hint={texts.hints[year]?.[field.key]}
              idPrefix={idPrefix}
              name={urlParamName(spec.prefix, field.key)}
              value={raw[field.key] ?? ''}
              error={errors[field.key]}
              choices={choicesFor(field.key)}
              onChange={(key, value) => save((current) => ({ ...current, [key]: value }))}
            />
          ))}
          <div class="calc-actions">
            <button type="submit" class="btn">
              Bereken
            </button>
            <a
              href={resetHref}
              class="btn btn-secondary"
              onClick={(e) => {
                e.preventDefault();
                save(() => ({}));
              }}
            >
              Begin opnieuw
            </a>
          </div>
          {/* On a phone or tablet this stays in view at the bottom of the screen while the form scrolls, so a change shows
              its effect at once; on a wide screen the result sits beside the form. */}
          <p class="calc-bar" data-testid="rekenhulp-kort">
            <span>{view ? view.headline : checkFields(errorKeys.length)}</span>
            <a href={`#${resultId}`}>Naar de uitkomst</a>
          </p>
        </form>
        <div id={resultId} class="calc-result">
          <h3 ref={resultHeading} tabIndex={-1} class="calc-result-title">
            {spec.yearLabel ? `Uitkomst (${year})` : 'Uitkomst'}
          </h3>
          <p class="calc-summary" data-testid="rekenhulp-samenvatting">
            {view ? view.summary : 'Controleer de velden met een foutmelding. Dan rekenen we verder.'}
          </p>
          {!view && errorList}
          {view && (
            <>
              {view.conditions && (
                <div class="calc-group">
                  <h4 class="calc-group-title">{view.conditions.heading}</h4>
                  <ul class="calc-conditions">
                    {view.conditions.items.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                </div>
              )}
              <ResultDetails view={view} />
              {view.table && Table && <Table table={view.table} idPrefix={idPrefix} />}
              {view.notes.map((note) => (
                <p key={note} class="calc-note">
                  {note}
                </p>
              ))}
              {view.nextStep && (
                <p class="calc-note" data-testid="rekenhulp-volgende-stap">
                  {view.nextStep.text} <a href={view.nextStep.href}>{view.nextStep.label}</a>
                </p>
              )}
            </>
          )}
          <p class="calc-print-url">
            Deze uitkomst online: <span>{`${siteOrigin}${action}${search}`}</span>
          </p>
        </div>
      </div>
      <div aria-live="polite" aria-atomic="true" class="sr-only" data-testid="rekenhulp-melding">
        {announcement}
      </div>
    </section>
  );
}

/**
 * The island of one calculator: the generic calculator with its definition, and its detail table when it has one
 * (the others do not load the table's code). Each calculator's file in islands/ is this one call, so a page loads only
 * its own definition; its texts come from the server.
 */
export function calculatorIsland(definition: CalculatorDefinition, Table?: ComponentType<ResultTableProps>) {
  return function CalculatorIsland(props: CalculatorIslandProps) {
    return <Calculator definition={definition} {...(Table ? { Table } : {})} {...props} />;
  };
}
