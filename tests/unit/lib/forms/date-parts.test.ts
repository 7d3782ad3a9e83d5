import { describe, expect, it } from 'vitest';
import {
  foldTypedDateParts,
  joinDateParts,
  sentDateValue,
  splitDateValue,
  typedDateValue,
} from '../../../../src/lib/forms/date-parts';
import { dateProblem } from '../../../../src/lib/forms/date-problem';
import { withJoinedDateParts } from '../../../../src/lib/forms/joined-date-parts';
import { isBoxesSearch, readDateParam } from '../../../../src/lib/forms/date-query';

describe('joinDateParts', () => {
  it('joins the boxes as jaar-maand-dag and pads a one-digit day or month', () => {
    expect(joinDateParts({ dag: '5', maand: '3', jaar: '2026' })).toBe('2026-03-05');
    expect(joinDateParts({ dag: ' 15 ', maand: '12', jaar: '2025' })).toBe('2025-12-15');
  });

  it('keeps whatever is not a one-digit number as typed, and gives nothing for three empty boxes', () => {
    expect(joinDateParts({ dag: 'a', maand: '13', jaar: '26' })).toBe('26-13-a');
    expect(joinDateParts({ dag: '31', maand: '', jaar: '2026' })).toBe('2026--31');
    expect(joinDateParts({ dag: ' ', maand: '', jaar: '' })).toBe('');
  });
});

describe('splitDateValue', () => {
  it('gives the boxes back from a joined value or an ISO date', () => {
    expect(splitDateValue('2026-03-05')).toEqual({ dag: '05', maand: '03', jaar: '2026' });
    expect(splitDateValue('2026--31')).toEqual({ dag: '31', maand: '', jaar: '2026' });
    expect(splitDateValue('')).toEqual({ dag: '', maand: '', jaar: '' });
  });

  it('keeps a dash typed into the month box in that box, and text without dashes in the year box', () => {
    expect(splitDateValue('2026-1-2-05')).toEqual({ dag: '05', maand: '1-2', jaar: '2026' });
    expect(splitDateValue('gisteren')).toEqual({ dag: '', maand: '', jaar: 'gisteren' });
  });

  it('round-trips every typed value through join and split', () => {
    const parts = { dag: '31', maand: '2', jaar: '20266' };
    expect(splitDateValue(joinDateParts(parts))).toEqual({ ...parts, maand: '02' });
  });
});

describe('dateProblem', () => {
  const problem = (dag: string, maand: string, jaar: string) =>
    dateProblem(joinDateParts({ dag, maand, jaar }), 'Eerste ziektedag');

  it('accepts a real date', () => {
    expect(problem('29', '2', '2024')).toBeUndefined();
    expect(dateProblem('2026-06-15', 'Eerste ziektedag')).toBeUndefined();
  });

  it('names the missing boxes', () => {
    expect(problem('', '3', '2026')).toBe('Eerste ziektedag moet een dag bevatten');
    expect(problem('5', '', '')).toBe('Eerste ziektedag moet een maand en een jaar bevatten');
    expect(problem('', '', '2026')).toBe('Eerste ziektedag moet een dag en een maand bevatten');
  });

  it('asks for a year of four digits', () => {
    expect(problem('5', '3', '26')).toBe(
      'Het jaar van de eerste ziektedag moet uit 4 cijfers bestaan, bijvoorbeeld 2026',
    );
  });

  it('says the date must be real for a day that does not exist or text that is no number', () => {
    expect(problem('30', '2', '2026')).toBe('Eerste ziektedag moet een echte datum zijn');
    expect(problem('5', '13', '2026')).toBe('Eerste ziektedag moet een echte datum zijn');
    expect(problem('vijf', '3', '2026')).toBe('Eerste ziektedag moet een echte datum zijn');
    expect(dateProblem('15-06-2026', 'Eerste ziektedag')).toBe('Eerste ziektedag moet een echte datum zijn');
  });
});

describe('the island state of a date', () => {
  it('keeps the boxes as typed while typing and joins them like the server when sending', () => {
    const typed = typedDateValue({ dag: '5', maand: '3', jaar: '2026' });
    expect(splitDateValue(typed)).toEqual({ dag: '5', maand: '3', jaar: '2026' });
    expect(sentDateValue(typed)).toBe('2026-03-05');
    expect(typedDateValue({ dag: '', maand: '', jaar: '' })).toBe('');
    expect(sentDateValue('')).toBe('');
  });

  it('folds boxes typed before hydration into the one value, keeping untouched boxes', () => {
    const folded = foldTypedDateParts({ 'datum-dag': '7', functie: 'x' }, ['datum'], { datum: '2026-04-01' });
    expect(folded).toEqual({ datum: '2026-04-7', functie: 'x' });
    expect(foldTypedDateParts({ functie: 'x' }, ['datum'], { datum: '' })).toEqual({ functie: 'x' });
  });
});

describe('readDateParam', () => {
  const read = (search: string) => readDateParam(new URLSearchParams(search), 'eerstedag');

  it('reads the single ISO parameter that shared and built links carry', () => {
    expect(read('eerstedag=2026-01-15')).toBe('2026-01-15');
    expect(read('eerstedag=2026-01-15&eerstedag-dag=3&eerstedag-maand=2&eerstedag-jaar=2025')).toBe('2026-01-15');
  });

  it('joins the three boxes a GET submit sends, keeping a wrong date as typed so it can be named', () => {
    expect(read('eerstedag-dag=15&eerstedag-maand=1&eerstedag-jaar=2026')).toBe('2026-01-15');
    expect(read('eerstedag=&eerstedag-dag=15&eerstedag-maand=1&eerstedag-jaar=2026')).toBe('2026-01-15');
    expect(read('eerstedag-dag=15&eerstedag-maand=&eerstedag-jaar=2026')).toBe('2026--15');
    expect(dateProblem(read('eerstedag-dag=15&eerstedag-jaar=2026') ?? '', 'Eerste ziektedag')).toBe(
      'Eerste ziektedag moet een maand bevatten',
    );
  });

  it('says empty when the date is in the query without a value, and null when it is not there at all', () => {
    expect(read('eerstedag=')).toBe('');
    expect(read('eerstedag-dag=&eerstedag-maand=&eerstedag-jaar=')).toBe('');
    expect(read('andere=2026-01-15&eerstedagen-dag=3')).toBeNull();
  });
});

describe('withJoinedDateParts', () => {
  const joined = (search: string) => withJoinedDateParts(new URLSearchParams(search)).toString();

  it('puts a date typed in boxes in the address as one ISO value, in the place of its day box', () => {
    expect(joined('vzk.jaar=2026&vzk.eerstedag-dag=5&vzk.eerstedag-maand=3&vzk.eerstedag-jaar=2026&vzk.weken=4')).toBe(
      'vzk.jaar=2026&vzk.eerstedag=2026-03-05&vzk.weken=4',
    );
  });

  it('keeps empty boxes as an empty date and leaves names that only look like a box alone', () => {
    expect(joined('d-dag=&d-maand=&d-jaar=')).toBe('d=');
    expect(joined('week-dag=ma&week-jaar=2026')).toBe('week-dag=ma&week-jaar=2026');
  });

  it('joins the boxes exactly as joinDateParts does (it has its own copy, to import nothing)', () => {
    const cases = [
      { dag: '5', maand: '3', jaar: '2026' },
      { dag: ' 15 ', maand: '12', jaar: '2025' },
      { dag: 'a', maand: '13', jaar: '26' },
      { dag: '31', maand: '', jaar: '2026' },
      { dag: ' ', maand: '', jaar: '' },
      { dag: '7', maand: ' 1', jaar: ' 2027 ' },
    ];
    for (const boxes of cases) {
      const query = new URLSearchParams({ 'd-dag': boxes.dag, 'd-maand': boxes.maand, 'd-jaar': boxes.jaar });
      expect(withJoinedDateParts(query).get('d'), JSON.stringify(boxes)).toBe(joinDateParts(boxes));
    }
  });
});

describe('isBoxesSearch', () => {
  it('tells a GET submit of date boxes from an address with ISO dates', () => {
    expect(isBoxesSearch('?eerste-ziektedag-dag=2&eerste-ziektedag-maand=3&eerste-ziektedag-jaar=2026&zaak=x')).toBe(
      true,
    );
    expect(isBoxesSearch('?eerste-ziektedag-dag=&eerste-ziektedag-maand=&eerste-ziektedag-jaar=')).toBe(true);
    expect(isBoxesSearch('?eerste-ziektedag=2026-03-02&zaak=x&versie=2')).toBe(false);
    expect(isBoxesSearch('?week-dag=ma')).toBe(false);
  });
});
