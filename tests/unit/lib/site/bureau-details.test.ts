import { describe, expect, it } from 'vitest';
import {
  activeCertifications,
  expiredCertifications,
  expiredCertificationWarning,
  openingHoursSpecification,
  openingHoursText,
  organizationJsonLd,
  responseTimePromise,
} from '../../../../src/lib/site/bureau-details';
import { fixtureBureau } from '../../../support/fixture-bureau';

const mark = (naam: string, geldigTot: string) => ({ naam, url: 'https://keurmerk.test/', geldigTot });

describe('responseTimePromise', () => {
  it('says one working day in the singular and more in the plural', () => {
    expect(responseTimePromise({ reactietijdWerkdagen: 1 })).toBe('Wij reageren binnen 1 werkdag');
    expect(responseTimePromise({ reactietijdWerkdagen: 2 })).toBe('Wij reageren binnen 2 werkdagen');
  });
});

describe('openingHoursText', () => {
  it('joins three or more consecutive days into a range and writes Dutch times', () => {
    expect(
      openingHoursText({
        openingstijden: [
          { dagen: ['vrijdag', 'maandag', 'dinsdag', 'woensdag', 'donderdag'], van: '08:30', tot: '17:00' },
          { dagen: ['zaterdag'], van: '10:00', tot: '12:00' },
        ],
      }),
    ).toEqual(['Maandag tot en met vrijdag: 08.30 tot 17.00 uur', 'Zaterdag: 10.00 tot 12.00 uur']);
  });

  it('lists days that are not a run of three', () => {
    expect(
      openingHoursText({
        openingstijden: [
          { dagen: ['maandag', 'dinsdag', 'donderdag', 'vrijdag', 'zaterdag'], van: '09:00', tot: '17:30' },
        ],
      }),
    ).toEqual(['Maandag, dinsdag en donderdag tot en met zaterdag: 09.00 tot 17.30 uur']);
  });
});

describe('openingHoursSpecification', () => {
  it('gives schema.org days and times', () => {
    expect(openingHoursSpecification({ openingstijden: [{ dagen: ['maandag'], van: '09:00', tot: '17:00' }] })).toEqual(
      [
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['https://schema.org/Monday'],
          opens: '09:00',
          closes: '17:00',
        },
      ],
    );
  });
});

describe('keurmerken', () => {
  const bureau = { keurmerken: [mark('Geldig', '2026-06-30'), mark('Verlopen', '2026-06-29')] };

  it('shows a keurmerk through its last valid day and not after', () => {
    expect(activeCertifications(bureau, '2026-06-30').map((m) => m.naam)).toEqual(['Geldig']);
    expect(expiredCertifications(bureau, '2026-06-30').map((m) => m.naam)).toEqual(['Verlopen']);
    expect(activeCertifications(bureau, '2026-07-01')).toEqual([]);
  });

  it('warns in Dutch, naming the keurmerk, its date and the file', () => {
    const warning = expiredCertificationWarning(mark('Verlopen', '2026-06-29'), 'content/bureau.yaml');
    expect(warning).toContain('"Verlopen"');
    expect(warning).toContain('2026-06-29');
    expect(warning).toContain('content/bureau.yaml');
  });
});

describe('organizationJsonLd', () => {
  it('names the region served and the opening hours of the bureau', () => {
    const data = organizationJsonLd(fixtureBureau);
    expect(data).toMatchObject({
      '@type': 'Organization',
      name: fixtureBureau.naam,
      areaServed: fixtureBureau.werkgebied,
      openingHoursSpecification: openingHoursSpecification(fixtureBureau),
    });
    expect(data.openingHoursSpecification.length).toBeGreaterThan(0);
  });
});
