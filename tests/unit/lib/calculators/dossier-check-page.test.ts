// The dossiercheck page's own logic: its calendar file and its link into the employer intake.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  checkDossier,
  DOSSIER_UID_DOMAIN,
  dossierCalendar,
  dossierIntakeHref,
  readDossierQuery,
  type DossierInput,
} from '../../../../src/lib/calculators/dossier-check';
import { requestServiceOptions } from '../../../../src/data/request-services';
import { withIdentity } from '../../../../src/lib/calculators/gatekeeper-planner';

// Monday 2 March 2026 is day 1; the eerstejaarsevaluatie may lie in weeks 26–80.
const FIRST = '2026-03-02';
const check = (today: string, steps: DossierInput['steps'] = {}) => checkDossier({ firstSickDay: FIRST, today, steps });

describe('dossierCalendar', () => {
  it('names the file after the check and the case, never after a date of the sickness', () => {
    const calendar = dossierCalendar(check('2026-12-06'), { caseId: 'abcdef123456', revision: 3 }, '2026-12-06');
    if (!calendar.ok) throw new Error(calendar.detail);
    expect(calendar.filename).toBe('dossiercheck-abcdef123456.ics');
    const component = new ICAL.Component(ICAL.parse(calendar.ics));
    expect(component.getFirstPropertyValue('x-wr-calname')).toBe('Dossiercheck');
    const events = component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => event.uid.endsWith(`-abcdef123456@${DOSSIER_UID_DOMAIN}`))).toBe(true);
    expect(events.every((event) => event.sequence === 3)).toBe(true);
  });

  it('keeps the UIDs when a date is corrected, and only the SEQUENCE rises', () => {
    const uids = (steps: DossierInput['steps'], revision: number) => {
      const calendar = dossierCalendar(check('2026-05-01', steps), { caseId: 'abcdef123456', revision }, '2026-05-01');
      if (!calendar.ok) throw new Error(calendar.detail);
      return new ICAL.Component(ICAL.parse(calendar.ics))
        .getAllSubcomponents('vevent')
        .map((vevent) => new ICAL.Event(vevent))
        .map((event) => [event.uid, event.sequence]);
    };
    const before = uids({ problemAnalysis: { done: true, date: '2026-04-10' } }, 1);
    const after = uids({ problemAnalysis: { done: true, date: '2026-04-12' } }, 2);
    expect(after.map(([uid]) => uid)).toEqual(before.map(([uid]) => uid));
    expect(after.every(([, sequence]) => sequence === 2)).toBe(true);
  });

  it('still makes a valid calendar when nothing is left to do', () => {
    const steps = Object.fromEntries(
      check('2028-03-10').steps.map((step) => [step.id, { done: true, date: step.due }]),
    ) as DossierInput['steps'];
    const finished = checkDossier({ firstSickDay: FIRST, today: '2028-03-10', steps });
    expect(finished.calendarEvents).toEqual([]);
    const calendar = dossierCalendar(finished, { caseId: 'abcdef123456', revision: 1 }, '2028-03-10');
    if (!calendar.ok) throw new Error(calendar.detail);
    expect(new ICAL.Component(ICAL.parse(calendar.ics)).getAllSubcomponents('vevent')).toEqual([]);
  });
});

describe('dossierIntakeHref', () => {
  it('chooses the dossiercheck service and carries the first sick day over', () => {
    expect(dossierIntakeHref(check('2026-12-06'))).toBe('/aanvragen/?dienst=dossiercheck&eersteZiektedag=2026-03-02');
  });

  it('carries the eerstejaarsevaluatie over when it was held', () => {
    const result = check('2027-03-20', { firstYearEvaluation: { done: true, date: '2027-02-25' } });
    expect(dossierIntakeHref(result)).toBe(
      '/aanvragen/?dienst=dossiercheck&eersteZiektedag=2026-03-02&evaluatie=2027-02-25',
    );
  });

  it('names a service the intake offers', () => {
    expect(requestServiceOptions().map((service) => service.id)).toContain('dossiercheck');
  });
});

describe('withIdentity for the dossiercheck address', () => {
  it('keeps a case id the address has and gives a new one at revision 1 otherwise', () => {
    const fresh = withIdentity(readDossierQuery(`?eerste-ziektedag=${FIRST}`)!, () => 'abcdef123456');
    expect(fresh.identity).toEqual({ caseId: 'abcdef123456', revision: 1 });
    const kept = withIdentity(readDossierQuery(`?eerste-ziektedag=${FIRST}&zaak=0123456789ab&versie=4`)!, () => 'x');
    expect(kept.identity).toEqual({ caseId: '0123456789ab', revision: 4 });
    expect(kept.firstSickDay).toBe(FIRST);
  });
});
