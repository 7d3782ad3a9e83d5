import { describe, expect, it } from 'vitest';
import { requestFormHref } from '../../../../src/lib/request/form-link';
import { prefillFromSearch } from '../../../../src/lib/request/prefill';
import { TEST_SERVICES } from '../../../support/request-fixture';

const ids = TEST_SERVICES.map((service) => service.id);

describe('prefilling the request form from a link', () => {
  it('reads back what a link carries: the service, the first sick day and a held evaluation', () => {
    const href = requestFormHref({ service: 'dossiercheck', firstSickDay: '2025-09-01', evaluation: '2026-08-20' });
    expect(href).toBe('/aanvragen/?dienst=dossiercheck&eersteZiektedag=2025-09-01&evaluatie=2026-08-20');
    expect(prefillFromSearch(href.slice(href.indexOf('?')), ids)).toEqual({
      dienst: 'dossiercheck',
      eerste_ziektedag: '2025-09-01',
      eerstejaarsevaluatie: 'ja',
      eerstejaarsevaluatie_datum: '2026-08-20',
    });
    expect(requestFormHref()).toBe('/aanvragen/');
    expect(requestFormHref({ firstSickDay: '2025-09-01', evaluation: undefined })).toBe(
      '/aanvragen/?eersteZiektedag=2025-09-01',
    );
  });

  it('accepts "call me back" and ignores an unknown service, a date that is not real and unknown names', () => {
    expect(prefillFromSearch('?dienst=terugbellen', ids)).toEqual({ dienst: 'terugbellen' });
    expect(
      prefillFromSearch('?dienst=%3Cscript%3E&eersteZiektedag=2026-02-30&evaluatie=morgen&organisatie=x', ids),
    ).toEqual({});
  });

  it('also reads a date sent as three boxes, and ignores boxes that make no real date', () => {
    const boxes =
      '?eersteZiektedag-dag=1&eersteZiektedag-maand=9&eersteZiektedag-jaar=2025&evaluatie-dag=31&evaluatie-maand=2';
    expect(prefillFromSearch(boxes, ids)).toEqual({ eerste_ziektedag: '2025-09-01' });
  });
});
