import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkMdx,
  checkText,
  findFigures,
  findRulePhrases,
  hasLegalBasis,
  hasYear,
  inlineText,
  mdxUnits,
  splitSentences,
} from '../../../../src/lib/knowledge-base/figure-rule';

const fixture = readFileSync(new URL('../../../fixtures/mdx/cijfers-in-een-artikel.mdx', import.meta.url), 'utf8');
const body = fixture.replace(/^---[\s\S]*?---\n/, '');

describe('findFigures', () => {
  it('finds euro amounts in every notation', () => {
    expect(findFigures('€ 3,05, €6.000, € 1.234,56, € 25,- en 300 euro')).toEqual([
      '€ 3,05',
      '€6.000',
      '€ 1.234,56',
      '€ 25,-',
      '300 euro',
    ]);
  });

  it('finds percentages in digits and words', () => {
    expect(findFigures('70%, 70 %, 12,5 procent, zeventig procent en honderd procent')).toEqual([
      '70%',
      '70 %',
      '12,5 procent',
      'zeventig procent',
      'honderd procent',
    ]);
  });

  it('finds numbers of weeks in digits and Dutch words, and week numbers', () => {
    expect(findFigures('104 weken, 1 week, acht weken, tweeënvijftig weken, honderdvier weken, zes-weken')).toEqual([
      '104 weken',
      '1 week',
      'acht weken',
      'tweeënvijftig weken',
      'honderdvier weken',
      'zes-weken',
    ]);
    expect(findFigures('In week 93 of Week zes, vanaf week 3 tot week 68.')).toEqual([
      'week 93',
      'Week zes',
      'week 3',
      'week 68',
    ]);
  });

  it('ignores words that only look like figures', () => {
    expect(
      findFigures(
        'een week, enkele weken, een paar weken per week, de 35-minner, artikel 7:658, 12 uur per dienst, vijf jaar',
      ),
    ).toEqual([]);
    expect(findFigures('de zesde weekend, achttienjarig, procentueel')).toEqual([]);
  });
});

describe('hasYear', () => {
  it('finds a year from 2000 to 2099 written in any common way', () => {
    for (const text of [
      '(2026)',
      'in 2026',
      'sinds 2004',
      'stand december 2026',
      '1 januari 2099.',
      'op 2026-12-01',
      '2000',
    ])
      expect(hasYear(text), text).toBe(true);
  });

  it('does not count figures, other centuries or longer numbers as a year', () => {
    for (const text of [
      '€ 2.025',
      '2026 euro',
      '2030%',
      'in 1999',
      'nummer 12026',
      '20.000 mensen',
      'in 2100',
      '2,026',
    ])
      expect(hasYear(text), text).toBe(false);
  });
});

describe('splitSentences', () => {
  it('splits after a full stop, question or exclamation mark followed by a capital or €', () => {
    expect(splitSentences('Eerst dit. Dan dat? Ja! € 5 is veel. "Zo" zegt men.')).toEqual([
      'Eerst dit.',
      'Dan dat?',
      'Ja!',
      '€ 5 is veel.',
      '"Zo" zegt men.',
    ]);
  });

  it('does not split after abbreviations, inside numbers or before a lowercase word', () => {
    expect(splitSentences('Volgens art. 7:658 BW en o.a. UWV is € 6.000 veel. bijv. dit.')).toEqual([
      'Volgens art. 7:658 BW en o.a. UWV is € 6.000 veel. bijv. dit.',
    ]);
  });

  it('joins lines and skips empty text', () => {
    expect(splitSentences('Een zin over\ntwee regels.')).toEqual(['Een zin over twee regels.']);
    expect(splitSentences('  ')).toEqual([]);
  });
});

describe('inlineText', () => {
  it('keeps what a reader sees of links, images and emphasis, and drops addresses', () => {
    expect(
      inlineText('Zie [UWV (2026)](https://www.uwv.nl/2026/x) en **vet**, *schuin*, `code` en https://x.nl/2026.'),
    ).toBe('Zie UWV (2026) en vet, schuin, code en .');
    expect(inlineText('![Een grafiek uit 2026](./a.png) met <Bureau veld="naam" /> erin')).toBe(
      'Een grafiek uit 2026 met erin',
    );
  });
});

describe('mdxUnits', () => {
  it('splits a fixture article into headings, sentences, list items and table rows, without examples or key figures with a year', () => {
    expect(mdxUnits(body)).toEqual([
      'Loondoorbetaling tot 104 weken',
      'Een werkgever betaalt maximaal 104 weken loon door (regel sinds 2004).',
      'Wettelijk is dat minstens 70% van het loon.',
      'De loonsanctie duurt hoogstens tweeënvijftig weken.',
      'Volgens UWV (2026) is het maximaal 52 weken.',
      'In week 93 vraagt de werknemer de WIA aan.',
      'Minder dan 35% arbeidsongeschikt. Geen WIA-uitkering (UWV, stand 2026).',
      'Het LKV is € 3,05 per verloond uur met een maximum van € 6.000 per jaar (2026).',
      'Situatie | Bedrag',
      'LKV per uur | € 3,05',
      'LKV per jaar (2026) | € 6.000',
      'Zes weken na de evaluatie',
      'Het tweede spoor start uiterlijk zes weken na de eerstejaarsevaluatie (maatstaf van UWV, stand 2026).',
      'Kerncijfers',
      '€ 0,23',
      'per kilometer',
      'Art. 7:658 lid 4 BW geldt.',
      'Een bedrag van € 2.025 is geen jaartal.',
    ]);
  });
});

describe('checkMdx', () => {
  it('reports every unit with a figure but without a year, with its figures', () => {
    expect(checkMdx(body)).toEqual([
      { sentence: 'Loondoorbetaling tot 104 weken', figures: ['104 weken'] },
      { sentence: 'Wettelijk is dat minstens 70% van het loon.', figures: ['70%'] },
      { sentence: 'De loonsanctie duurt hoogstens tweeënvijftig weken.', figures: ['tweeënvijftig weken'] },
      { sentence: 'In week 93 vraagt de werknemer de WIA aan.', figures: ['week 93'] },
      { sentence: 'LKV per uur | € 3,05', figures: ['€ 3,05'] },
      { sentence: 'Zes weken na de evaluatie', figures: ['Zes weken'] },
      { sentence: '€ 0,23', figures: ['€ 0,23'] },
      { sentence: 'Een bedrag van € 2.025 is geen jaartal.', figures: ['€ 2.025'] },
    ]);
  });

  it('accepts an article whose figures all carry a year', () => {
    expect(checkMdx('In 2026 is dat € 304,25 per dag.\n\n- Sinds 2004: 104 weken.\n\n| 2026 | 70% |')).toEqual([]);
  });
});

describe('checkText', () => {
  it('checks plain text (FAQ answers, hints, glossary) sentence by sentence', () => {
    expect(checkText('Vaak 100 procent. Wettelijk minstens 70 procent (stand 2026).')).toEqual([
      { sentence: 'Vaak 100 procent.', figures: ['100 procent'] },
    ]);
    expect(checkText('In 2026 hoogstens 52 weken extra. Daarna niet meer.')).toEqual([]);
  });
});

describe('findRulePhrases', () => {
  it('finds the curated statutory durations and deadlines, in digits and words', () => {
    expect(
      findRulePhrases(
        'na twee jaar ziekte, 2 jaar, vijf jaar, tien jaren, twaalf jaar, één jaar, de twee ziektejaren, binnen drie maanden, zes maanden, twee maanden',
      ),
    ).toEqual([
      'twee jaar',
      '2 jaar',
      'vijf jaar',
      'tien jaren',
      'twaalf jaar',
      'één jaar',
      'twee ziektejaren',
      'drie maanden',
      'zes maanden',
      'twee maanden',
    ]);
    expect(findRulePhrases('104 weken, 52 weken, zes weken, acht-weken, week 42, Week 93, week zes')).toEqual([
      '104 weken',
      '52 weken',
      'zes weken',
      'acht-weken',
      'week 42',
      'Week 93',
      'week zes',
    ]);
  });

  it('leaves durations that are not on the list alone', () => {
    expect(
      findRulePhrases('een jaar, vier jaar, zeven maanden, een paar maanden, 24 weken, week 12, 112 jaar, tweejarig'),
    ).toEqual([]);
  });
});

describe('hasLegalBasis', () => {
  it('recognises articles of a law, the BW and named laws or rule books', () => {
    for (const text of [
      'art. 7:629 BW',
      'artikel 29b van de Ziektewet',
      'Art.24 WIA',
      'volgens 7:658 BW',
      'het Burgerlijk Wetboek',
      'de Wet verbetering poortwachter',
      'de Werkwijzer Poortwachter van UWV',
      'de Arbeidstijdenwet',
      'de Ziektewet regelt',
    ])
      expect(hasLegalBasis(text), text).toBe(true);
  });

  it('does not count a bare "wet" or words that only contain a law name', () => {
    for (const text of [
      'volgens de wet',
      'een Ziektewet-uitkering',
      'de WIA-aanvraag',
      'een artikel over loon',
      'poortwachter',
    ])
      expect(hasLegalBasis(text), text).toBe(false);
  });
});

describe('the rule for statutory durations and deadlines', () => {
  it('reports a rule phrase without a year or legal basis in its sentence or the one before', () => {
    expect(checkText('De wachttijd duurt twee jaar.')).toEqual([
      { sentence: 'De wachttijd duurt twee jaar.', figures: ['twee jaar'] },
    ]);
    expect(checkText('U bent eigenrisicodrager. Hoogstens tien jaar.')).toEqual([
      { sentence: 'Hoogstens tien jaar.', figures: ['tien jaar'] },
    ]);
    expect(checkText('Vraag de verklaring aan binnen drie maanden na de start.')).toEqual([
      { sentence: 'Vraag de verklaring aan binnen drie maanden na de start.', figures: ['drie maanden'] },
    ]);
  });

  it('accepts a year or a legal basis in the same sentence or the one before', () => {
    expect(checkText('De wachttijd duurt twee jaar (art. 7:629 BW).')).toEqual([]);
    expect(checkText('De wachttijd duurt sinds 2004 twee jaar.')).toEqual([]);
    expect(checkText('Sinds 2004 is dit de regel. De wachttijd duurt twee jaar.')).toEqual([]);
    expect(checkText('Dit staat in de Wet verbetering poortwachter. U heeft er twee jaar voor.')).toEqual([]);
    expect(checkText('Sinds 2004 is dit de regel. Daarna volgt iets. De wachttijd duurt twee jaar.')).toEqual([
      { sentence: 'De wachttijd duurt twee jaar.', figures: ['twee jaar'] },
    ]);
  });

  it('lets a statutory number of weeks name its legal basis instead of a year', () => {
    expect(checkText('U betaalt hoogstens 104 weken loon door (art. 7:629 BW).')).toEqual([]);
    expect(checkText('Dat staat in art. 7:629 BW. U betaalt hoogstens 104 weken loon door.')).toEqual([]);
    expect(checkText('In 2026 is dat zo. U betaalt hoogstens 104 weken loon door.')).toEqual([
      { sentence: 'U betaalt hoogstens 104 weken loon door.', figures: ['104 weken'] },
    ]);
    // A number of weeks that is not a statutory period still needs a year in its own sentence.
    expect(checkText('Dat staat in art. 7:629 BW. Een plaatsing duurt 24 weken.')).toEqual([
      { sentence: 'Een plaatsing duurt 24 weken.', figures: ['24 weken'] },
    ]);
  });

  it('applies to list items and headings of an article as units of their own', () => {
    expect(
      checkMdx('## Na twee jaar ziekte\n\n- De polis geldt vijf jaar.\n- Hoogstens 2 jaar, sinds 2004.\n'),
    ).toEqual([
      { sentence: 'Na twee jaar ziekte', figures: ['twee jaar'] },
      { sentence: 'De polis geldt vijf jaar.', figures: ['vijf jaar'] },
    ]);
  });

  it('lets a heading lean on the text right under it', () => {
    expect(checkMdx('## Na twee jaar ziekte\n\nDe loondoorbetaling stopt dan (art. 7:629 BW).\n')).toEqual([]);
  });

  it('does not read the title of a page of the site it links to as a claim', () => {
    expect(
      checkMdx('Lees [Dienstverband beëindigen na twee jaar ziekte](/kennisbank/x/) of [deze](#twee-jaar).'),
    ).toEqual([]);
    expect(checkMdx('Lees [na twee jaar ziekte](https://www.uwv.nl/x).')).toEqual([
      { sentence: 'Lees na twee jaar ziekte.', figures: ['twee jaar'] },
    ]);
    expect(mdxUnits('Lees [Na twee jaar ziekte](/kennisbank/x/). Dan weet u het.')).toEqual([
      'Lees Na twee jaar ziekte.',
      'Dan weet u het.',
    ]);
  });
});
