import { describe, expect, it } from 'vitest';
import { filterVisible, isoDay, publicationStatus } from '../../../../src/lib/knowledge-base/publication';

const entry = (id: string, gepubliceerd: string, concept = false) => ({
  id,
  // As Astro reads a YAML date: midnight UTC.
  data: { concept, gepubliceerd: new Date(gepubliceerd) },
});

describe('publicationStatus', () => {
  it('calls an article published from its date on, scheduled before it', () => {
    const article = entry('maandag', '2027-01-04');
    expect(publicationStatus(article, '2027-01-03')).toBe('gepland');
    expect(publicationStatus(article, '2027-01-04')).toBe('gepubliceerd');
    expect(publicationStatus(article, '2027-06-30')).toBe('gepubliceerd');
  });

  it('calls a draft a draft whatever its date', () => {
    expect(publicationStatus(entry('oud', '2020-01-01', true), '2027-01-04')).toBe('concept');
    expect(publicationStatus(entry('later', '2099-01-01', true), '2027-01-04')).toBe('concept');
  });

  it('compares calendar days, not times', () => {
    expect(isoDay(new Date('2027-01-04'))).toBe('2027-01-04');
    expect(publicationStatus(entry('vandaag', '2027-01-04T00:00:00Z'), '2027-01-04')).toBe('gepubliceerd');
  });
});

describe('filterVisible', () => {
  const articles = [entry('klaar', '2026-01-01'), entry('concept', '2026-01-01', true), entry('gepland', '2027-01-04')];

  it('leaves drafts and scheduled articles out of a production build', () => {
    const visible = filterVisible(articles, { today: '2027-01-03', showUnpublished: false });
    expect(visible.map((a) => a.id)).toEqual(['klaar']);
  });

  it('lets a scheduled article in on its date, a draft never', () => {
    const visible = filterVisible(articles, { today: '2027-01-04', showUnpublished: false });
    expect(visible.map((a) => a.id)).toEqual(['klaar', 'gepland']);
  });

  it('shows everything in development and on a preview', () => {
    const visible = filterVisible(articles, { today: '2027-01-03', showUnpublished: true });
    expect(visible.map((a) => a.id)).toEqual(['klaar', 'concept', 'gepland']);
  });
});
