import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildCalendar,
  CALENDAR_ERROR,
  escapeText,
  eventUid,
  foldLine,
  MAX_LINE_OCTETS,
  milestoneEvents,
  unfold,
} from '../../../../src/lib/calculators/calendar-export';
import {
  addDays,
  planGatekeeperSteps,
  type Milestone,
  type GatekeeperPlan,
} from '../../../../src/lib/calculators/gatekeeper-planner';

function plan(firstSickDay: string, firstYearEvaluation?: string): GatekeeperPlan {
  const result = planGatekeeperSteps({
    firstSickDay,
    today: '2026-03-10',
    ...(firstYearEvaluation ? { firstYearEvaluation } : {}),
  });
  if (!result.valid) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

const CASE = { caseId: '3f2a9c01be77', revision: 1 };

function ics(p: GatekeeperPlan, generatedOn = '2026-03-10', identity = CASE): string {
  const result = buildCalendar({ identity, events: milestoneEvents(p.milestones) }, { generatedOn });
  if (!result.ok) throw new Error(result.detail);
  return result.ics;
}

// A tiny RFC 5545 reader, independent of the code under test: unfold, split name;params:value, nest components.
interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}
interface Component {
  name: string;
  properties: Property[];
  components: Component[];
}

function parseIcs(text: string): Component {
  const contentLines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  expect(contentLines.pop()).toBe('');
  const root: Component = { name: '', properties: [], components: [] };
  const stack: Component[] = [root];
  for (const line of contentLines) {
    const colon = line.indexOf(':');
    expect(colon).toBeGreaterThan(0);
    const [name = '', ...paramParts] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    const top = stack.at(-1)!;
    if (name === 'BEGIN') {
      const component: Component = { name: value, properties: [], components: [] };
      top.components.push(component);
      stack.push(component);
    } else if (name === 'END') {
      expect(top.name).toBe(value);
      stack.pop();
    } else {
      const params = Object.fromEntries(paramParts.map((part) => part.split('=') as [string, string]));
      top.properties.push({ name, params, value });
    }
  }
  expect(stack).toHaveLength(1);
  expect(root.components).toHaveLength(1);
  return root.components[0]!;
}

function prop(component: Component, name: string): Property {
  const found = component.properties.filter((p) => p.name === name);
  expect(found, `${component.name} has exactly one ${name}`).toHaveLength(1);
  return found[0]!;
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, character: string) => (character.toLowerCase() === 'n' ? '\n' : character));
}

function compact(date: string): string {
  return date.replaceAll('-', '');
}

function firstAndLast(m: Milestone): [string, string] {
  return m.timing.kind === 'window' ? [m.timing.start, m.timing.end] : [m.timing.date, m.timing.date];
}

describe('buildCalendar', () => {
  const p = plan('2026-03-02');
  const text = ics(p);
  const calendar = parseIcs(text);
  const events = calendar.components.filter((c) => c.name === 'VEVENT');

  it('is one VCALENDAR with the calendar name, time zone and one VEVENT per milestone', () => {
    expect(calendar.name).toBe('VCALENDAR');
    expect(prop(calendar, 'VERSION').value).toBe('2.0');
    expect(prop(calendar, 'PRODID').value).toBe('-//werkervaringsplaats//Poortwachter-planner//NL');
    expect(prop(calendar, 'X-WR-CALNAME').value).toBe('Poortwachter-planner');
    expect(prop(calendar, 'X-WR-TIMEZONE').value).toBe('Europe/Amsterdam');
    expect(unescapeText(prop(calendar, 'X-WR-CALDESC').value)).toContain('geen rechten');
    expect(calendar.components.map((c) => c.name)).toEqual(p.milestones.map(() => 'VEVENT'));
    expect(events).toHaveLength(p.milestones.length);
  });

  it('has all-day DATE values: DTSTART the first day, DTEND the day after the last day', () => {
    p.milestones.forEach((m, i) => {
      const event = events[i]!;
      const [first, last] = firstAndLast(m);
      expect(prop(event, 'DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: compact(first) });
      expect(prop(event, 'DTEND')).toEqual({
        name: 'DTEND',
        params: { VALUE: 'DATE' },
        value: compact(addDays(last, 1)),
      });
      expect(prop(event, 'DTSTAMP').value).toBe('20260310T000000Z');
    });
    // Spot checks, worked by hand: the probleemanalyse is due Sunday 12 April 2026; week 42 is 14–20 December 2026.
    const problemAnalysis = events[p.milestones.findIndex((m) => m.id === 'problemAnalysis')]!;
    expect([prop(problemAnalysis, 'DTSTART').value, prop(problemAnalysis, 'DTEND').value]).toEqual([
      '20260412',
      '20260413',
    ]);
    const uwv = events[p.milestones.findIndex((m) => m.id === 'uwvSickReport')]!;
    expect([prop(uwv, 'DTSTART').value, prop(uwv, 'DTEND').value]).toEqual(['20261214', '20261221']);
    const end = events.at(-1)!;
    expect([prop(end, 'DTSTART').value, prop(end, 'DTEND').value]).toEqual(['20280227', '20280228']);
  });

  it('has a stable, unique UID per milestone, derived from the milestone and the case, never from a date', () => {
    const uids = events.map((event) => prop(event, 'UID').value);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toEqual(p.milestones.map((m) => `${m.id}-3f2a9c01be77@werkervaringsplaats-planner`));
    expect(eventUid('problemAnalysis', '3f2a9c01be77')).toBe(
      'problemAnalysis-3f2a9c01be77@werkervaringsplaats-planner',
    );
    expect(text).not.toContain('2026-03-02@');
    for (const event of events) expect(prop(event, 'SEQUENCE').value).toBe('1');
  });

  it('has the week-91 deadline of the eindevaluatie and the copies of the re-integratieverslag as its own event', () => {
    const copies = events[p.milestones.findIndex((m) => m.id === 'rivCopies')]!;
    // Week 91 of a sickness from Monday 2 March 2026 ends on day 637: Sunday 28 November 2027.
    expect([prop(copies, 'DTSTART').value, prop(copies, 'DTEND').value]).toEqual(['20271128', '20271129']);
    expect(unescapeText(prop(copies, 'SUMMARY').value)).toBe('Eindevaluatie en kopieën van het re-integratieverslag');
  });

  it('uses the Dutch title as SUMMARY and the text plus the source as DESCRIPTION', () => {
    p.milestones.forEach((m, i) => {
      const event = events[i]!;
      expect(unescapeText(prop(event, 'SUMMARY').value)).toBe(m.title);
      const description = unescapeText(prop(event, 'DESCRIPTION').value);
      expect(description.startsWith(m.text)).toBe(true);
      expect(description).toContain(`Bron: ${m.source.title} (${m.source.year})`);
      expect(description.endsWith(m.source.url)).toBe(true);
      expect(prop(event, 'URL').value).toBe(m.source.url);
    });
  });

  it('uses CRLF line endings only', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds every physical line to at most 75 octets, also with multi-byte characters', () => {
    const physical = text.split('\r\n').slice(0, -1);
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // The Dutch texts contain ë, é and ’ (2–3 octets), so folding by characters alone would not be enough.
    expect(physical.some((line) => Buffer.byteLength(line, 'utf8') > line.length)).toBe(true);
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('is read back by ical.js with the same dates, titles and descriptions', () => {
    const component = new ICAL.Component(ICAL.parse(text));
    const parsed = component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(parsed).toHaveLength(p.milestones.length);
    parsed.forEach((event, i) => {
      const m = p.milestones[i]!;
      const [first, last] = firstAndLast(m);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(first);
      expect(event.endDate.toString()).toBe(addDays(last, 1));
      expect(event.summary).toBe(m.title);
      expect(event.description).toContain(m.text);
      expect(event.uid).toBe(eventUid(m.id, '3f2a9c01be77'));
    });
  });

  describe('is pure', () => {
    afterEach(() => vi.useRealTimers());

    it('gives the same text for the same input, whatever the clock says', () => {
      vi.useFakeTimers();
      vi.setSystemTime(new Date('2031-07-01T12:34:56Z'));
      expect(ics(p)).toBe(text);
      vi.setSystemTime(new Date('1999-12-31T23:59:59Z'));
      expect(ics(p)).toBe(text);
    });
  });

  it('names the file after the case, not after a date of the sickness', () => {
    const result = buildCalendar(
      { identity: CASE, events: milestoneEvents(p.milestones) },
      { generatedOn: '2026-03-10' },
    );
    expect(result.ok && result.filename).toBe('poortwachter-planner-3f2a9c01be77.ics');
  });

  it('returns a Dutch message instead of throwing on a bad date', () => {
    const input = { identity: CASE, events: milestoneEvents(p.milestones) };
    expect(buildCalendar(input, { generatedOn: '10-03-2026' })).toMatchObject({ ok: false, error: CALENDAR_ERROR });
    const broken = { identity: CASE, events: [{ ...input.events[0]!, first: '2026-02-30' }] };
    expect(buildCalendar(broken, { generatedOn: '2026-03-10' })).toMatchObject({ ok: false, error: CALENDAR_ERROR });
  });

  it('works for an empty list of milestones', () => {
    const result = buildCalendar({ identity: CASE, events: [] }, { generatedOn: '2026-03-10' });
    expect(result.ok).toBe(true);
    const empty = parseIcs(result.ok ? result.ics : '');
    expect(empty.components).toHaveLength(0);
    expect(prop(empty, 'X-WR-TIMEZONE').value).toBe('Europe/Amsterdam');
  });
});

describe('a corrected plan imported again (ical.js)', () => {
  /** UID → [SEQUENCE, first day] of every event, as a calendar program reads the file. */
  function eventsById(text: string): Map<string, [number, string]> {
    const component = new ICAL.Component(ICAL.parse(text));
    return new Map(
      component.getAllSubcomponents('vevent').map((vevent) => {
        const event = new ICAL.Event(vevent);
        return [event.uid, [event.sequence, event.startDate.toString()]];
      }),
    );
  }

  it('keeps every UID and raises SEQUENCE when the first sick day is corrected', () => {
    const before = eventsById(ics(plan('2026-03-02'), '2026-03-10', { caseId: '3f2a9c01be77', revision: 1 }));
    const after = eventsById(ics(plan('2026-03-05'), '2026-03-11', { caseId: '3f2a9c01be77', revision: 2 }));
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [uid, [sequence, first]] of after) {
      const [oldSequence, oldFirst] = before.get(uid)!;
      expect(sequence).toBeGreaterThan(oldSequence);
      // The sickness started three days later, so every event moved three days.
      expect(addDays(oldFirst, 3)).toBe(first);
    }
  });

  it('keeps every UID and raises SEQUENCE when the eerstejaarsevaluatie is filled in', () => {
    const before = eventsById(ics(plan('2026-03-02'), '2026-03-10', { caseId: '3f2a9c01be77', revision: 3 }));
    const after = eventsById(
      ics(plan('2026-03-02', '2027-03-20'), '2026-03-10', { caseId: '3f2a9c01be77', revision: 4 }),
    );
    expect(new Set(after.keys())).toEqual(new Set(before.keys()));
    for (const [uid, [sequence]] of after) expect(sequence).toBe(before.get(uid)![0] + 1);
    expect(after.get(eventUid('secondTrackStart', '3f2a9c01be77'))![1]).toBe('2027-05-01');
  });

  it('another case gets other UIDs, so two employees never overwrite each other', () => {
    const first = eventsById(ics(plan('2026-03-02'), '2026-03-10', { caseId: 'aaaaaaaaaaaa', revision: 1 }));
    const second = eventsById(ics(plan('2026-03-02'), '2026-03-10', { caseId: 'bbbbbbbbbbbb', revision: 1 }));
    for (const uid of first.keys()) expect(second.has(uid)).toBe(false);
  });
});

describe('foldLine and unfold', () => {
  it('leaves a line of 75 octets alone and folds at 76', () => {
    expect(foldLine('A'.repeat(75))).toEqual(['A'.repeat(75)]);
    expect(foldLine('A'.repeat(76))).toEqual(['A'.repeat(75), ' A']);
    expect(foldLine('A'.repeat(75 + 74 + 1))).toEqual(['A'.repeat(75), ` ${'A'.repeat(74)}`, ' A']);
  });

  it('never splits a multi-byte character', () => {
    // é is 2 octets: 37 fit in 74 octets, a 38th would make 76.
    expect(foldLine('é'.repeat(40))).toEqual(['é'.repeat(37), ` ${'é'.repeat(3)}`]);
    // 😀 is 4 octets (a surrogate pair in JavaScript): 18 fit in 72 octets.
    const lines = foldLine('😀'.repeat(20));
    expect(lines).toEqual(['😀'.repeat(18), ` ${'😀'.repeat(2)}`]);
  });

  it('folds any text to lines of at most 75 octets that unfold to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (value) => {
        const line = `DESCRIPTION:${escapeText(value)}`;
        const lines = foldLine(line);
        for (const physical of lines) {
          expect(Buffer.byteLength(physical, 'utf8')).toBeLessThanOrEqual(MAX_LINE_OCTETS);
          expect(physical).not.toMatch(/[\uD800-\uDBFF]$/);
        }
        expect(unfold(lines.map((l) => `${l}\r\n`).join(''))).toEqual([line]);
      }),
    );
  });

  it('escapes TEXT values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
});

describe('buildCalendar: properties', () => {
  it('every plan gives a well-formed calendar with unique UIDs and DATE values', () => {
    const arbitraryPlan = fc
      .record({
        offset: fc.integer({ min: -1000, max: 300 }),
        evaluation: fc.option(fc.integer({ min: 175, max: 559 })),
      })
      .map(({ offset, evaluation }) => {
        const firstSickDay = addDays('2026-03-10', offset);
        return plan(firstSickDay, evaluation === null ? undefined : addDays(firstSickDay, evaluation));
      });
    fc.assert(
      fc.property(arbitraryPlan, (p) => {
        const text = ics(p);
        for (const line of text.split('\r\n').slice(0, -1)) {
          expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
        }
        const events = parseIcs(text).components;
        expect(events).toHaveLength(p.milestones.length);
        const uids = events.map((event) => prop(event, 'UID').value);
        expect(new Set(uids).size).toBe(uids.length);
        for (const event of events) {
          const start = prop(event, 'DTSTART');
          const end = prop(event, 'DTEND');
          expect(start.params).toEqual({ VALUE: 'DATE' });
          expect(start.value).toMatch(/^\d{8}$/);
          expect(end.value > start.value).toBe(true);
        }
      }),
      { numRuns: 50 },
    );
    // 50 calendars through the `ics` package take a few seconds, more on a busy machine.
  }, 30_000);
});
