import { describe, expect, it } from 'vitest';
import { chooseCallToAction, type CalculatorCallToAction } from '../../../../src/lib/knowledge-base/call-to-action';

/** Calls to action as the calculators' content files give them (fixture, in list order). */
const calculators: CalculatorCallToAction[] = [
  {
    title: 'Werkervaringsplaats',
    text: 'Reken het uit.',
    label: 'Naar de rekenhulp werkervaringsplaats',
    href: '/rekenhulpen/werkervaringsplaats/',
    topics: [],
  },
  {
    title: 'No-riskpolis',
    text: 'Reken het uit.',
    label: 'Naar de rekenhulp no-riskpolis',
    href: '/rekenhulpen/no-riskpolis/',
    topics: ['no-riskpolis', 'loonkostenvoordeel'],
  },
  {
    title: 'Verzuim',
    text: 'Reken het uit.',
    label: 'Naar de rekenhulp verzuimkosten',
    href: '/rekenhulpen/verzuimkosten/',
    topics: ['verzuimkosten'],
  },
];

describe('call to action', () => {
  it('sends no-riskpolis and loonkostenvoordeel readers to the no-riskpolis calculator', () => {
    expect(chooseCallToAction(['loonkostenvoordeel'], ['werkgever'], calculators).href).toBe(
      '/rekenhulpen/no-riskpolis/',
    );
  });
  it('sends verzuimkosten readers to the verzuimkosten calculator', () => {
    expect(chooseCallToAction(['verzuimkosten'], ['werkgever'], calculators).href).toBe('/rekenhulpen/verzuimkosten/');
  });
  it('sends host organisations to the offer form, others to the werkervaringsplaats calculator', () => {
    expect(chooseCallToAction(['werkervaringsplaats'], ['inlener'], calculators).href).toBe('/aanbieden/');
    expect(chooseCallToAction(['tweede-spoor'], ['werknemer'], calculators).href).toBe(
      '/rekenhulpen/werkervaringsplaats/',
    );
  });
  it('takes the first calculator in list order when an article has topics of two', () => {
    expect(chooseCallToAction(['verzuimkosten', 'no-riskpolis'], ['werkgever'], calculators).href).toBe(
      '/rekenhulpen/no-riskpolis/',
    );
  });
  it('adds the request form to the call to action of every article for employers, and only there', () => {
    const forEmployers = chooseCallToAction(['verzuimkosten'], ['werkgever', 'inlener'], calculators);
    expect(forEmployers.href).toBe('/rekenhulpen/verzuimkosten/');
    expect(forEmployers.alsoLink?.href).toBe('/aanvragen/');
    expect(chooseCallToAction(['tweede-spoor'], ['werkgever'], calculators).alsoLink?.href).toBe('/aanvragen/');
    expect(chooseCallToAction(['werkervaringsplaats'], ['inlener'], calculators).alsoLink).toBeUndefined();
    expect(chooseCallToAction(['tweede-spoor'], ['werknemer'], calculators).alsoLink).toBeUndefined();
  });
});
