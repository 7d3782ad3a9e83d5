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

  it('orders by shared topics, then shared audiences, then most recent update', () => {
    const candidates = [
      article('een-onderwerp-oud', ['tweede-spoor'], ['werknemer'], '2025-01-01'),
      article('twee-onderwerpen', ['werkervaringsplaats', 'tweede-spoor'], ['werknemer']),
      article('een-onderwerp-zelfde-doelgroep', ['tweede-spoor'], ['inlener', 'werkgever']),
      article('een-onderwerp-nieuw', ['werkervaringsplaats'], ['werknemer'], '2026-06-01'),
    ];
    expect(selectRelated(current, candidates, 4).map((a) => a.id)).toEqual([
      'twee-onderwerpen',
      'een-onderwerp-zelfde-doelgroep',
      'een-onderwerp-nieuw',
      'een-onderwerp-oud',
    ]);
  });

  it('returns at most the limit', () => {
    const candidates = Array.from({ length: 10 }, (_, i) => article(`a${i}`, ['tweede-spoor']));
    expect(selectRelated(current, candidates)).toHaveLength(3);
  });
});
