import { describe, expect, it } from 'vitest';
import { selectRelated } from '../../../../src/lib/knowledge-base/related';

const article = (id: string, onderwerpen: string[], doelgroep: string[] = ['inlener'], bijgewerkt = '2026-01-01') => ({
  id,
  data: { onderwerpen, doelgroep, bijgewerkt: new Date(bijgewerkt) },
});

describe('related articles', () => {
  const current = article('huidig', ['werkervaringsplaats', 'tweede-spoor'], ['inlener', 'werkgever']);

  it('never includes the article itself or articles without a shared topic', () => {
    const related = selectRelated(current, [current, article('los', ['verzuimkosten'])]);
    expect(related).toEqual([]);
  });

  it('orders by shared topics, each weighing 1 / the number of articles with it, then shared audiences', () => {
    const candidates = [
      article('een-onderwerp-oud', ['tweede-spoor'], ['werknemer'], '2025-01-01'),
      article('twee-onderwerpen', ['werkervaringsplaats', 'tweede-spoor'], ['werknemer']),
      article('een-onderwerp-zelfde-doelgroep', ['tweede-spoor'], ['inlener', 'werkgever']),
      article('een-onderwerp-nieuw', ['werkervaringsplaats'], ['werknemer'], '2026-06-01'),
    ];
    // werkervaringsplaats is on 3 articles (1/3 each), tweede-spoor on 4 (1/4 each).
    expect(selectRelated(current, candidates, 4).map((a) => a.id)).toEqual([
      'twee-onderwerpen',
      'een-onderwerp-nieuw',
      'een-onderwerp-zelfde-doelgroep',
      'een-onderwerp-oud',
    ]);
  });

  it('puts the most recently updated first when topics and audiences tie', () => {
    const candidates = [
      article('oud', ['tweede-spoor'], ['werknemer'], '2025-01-01'),
      article('nieuw', ['tweede-spoor'], ['werknemer'], '2026-06-01'),
    ];
    expect(selectRelated(current, candidates).map((a) => a.id)).toEqual(['nieuw', 'oud']);
  });

  it('weighs a shared narrow topic above shared broad ones', () => {
    const narrow = article('huidig', ['wia', 'tweede-spoor', 'poortwachter'], ['werkgever']);
    const candidates = [
      article('wia-ook', ['wia'], ['werkgever'], '2025-01-01'),
      ...Array.from({ length: 5 }, (_, i) => article(`breed-${i}`, ['tweede-spoor', 'poortwachter'], ['werkgever'])),
    ];
    expect(selectRelated(narrow, [narrow, ...candidates]).map((a) => a.id)).toEqual(['wia-ook', 'breed-0', 'breed-1']);
  });

  it('returns at most the limit', () => {
    const candidates = Array.from({ length: 10 }, (_, i) => article(`a${i}`, ['tweede-spoor']));
    expect(selectRelated(current, candidates)).toHaveLength(3);
  });
});
