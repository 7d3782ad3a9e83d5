import { describe, expect, it } from 'vitest';
import { parsePerson, parseResults, parseStory } from '../../../src/lib/content-files';
import { parseServiceFrontmatter } from '../../../src/schemas/service';

const person = (extra = '') => `naam: Anna de Wit
functie: Arbeidsdeskundige
foto:
  bestand: afbeeldingen/mensen/anna/foto/bestand.webp
  alt: Portret van Anna de Wit
bio: Anna onderzoekt welk werk nog past, bij de eigen werkgever of elders.
${extra}`;

describe('a person (mensen/<id>.yaml)', () => {
  it('takes the id from the file name, with defaults for the optional fields', () => {
    const anna = parsePerson(person(`telefoon: ''\nlinkedin: ''`), 'content/mensen/anna-de-wit.yaml');
    expect(anna).toMatchObject({ id: 'anna-de-wit', registraties: [], volgorde: 100 });
    expect(anna.telefoon).toBeUndefined();
    expect(anna.linkedin).toBeUndefined();
  });

  it('requires alt text for the photo, naming the file and the field', () => {
    expect(() =>
      parsePerson(person().replace('  alt: Portret van Anna de Wit\n', ''), 'content/mensen/anna.yaml'),
    ).toThrow(/Fout in content\/mensen\/anna\.yaml:[\s\S]*veld "foto\.alt"/);
  });

  it('refuses a photo that is not an image, a LinkedIn address elsewhere and a wrong file name', () => {
    expect(() => parsePerson(person().replace('bestand.webp', 'bestand.pdf'), 'content/mensen/anna.yaml')).toThrow(
      /veld "foto\.bestand": moet een PNG-, JPG- of WebP-bestand/,
    );
    expect(() => parsePerson(person('linkedin: https://example.com/anna'), 'content/mensen/anna.yaml')).toThrow(
      /veld "linkedin": moet een LinkedIn-adres zijn/,
    );
    expect(() => parsePerson(person(), 'content/mensen/Anna de Wit.yaml')).toThrow(/bestandsnaam mag alleen/);
  });

  it('keeps the editorial team\'s id free: no person may be called "redactie"', () => {
    expect(() => parsePerson(person(), 'content/mensen/redactie.yaml')).toThrow(
      /gereserveerd voor artikelen van de redactie/,
    );
  });
});

const service = (prijs: string) => ({
  titel: 'Dossiercheck',
  samenvatting: 'Wij lezen uw re-integratiedossier en zeggen wat er ontbreekt.',
  voorWie: 'Werkgevers met een werknemer die langer ziek is.',
  watUKrijgt: ['Een verslag'],
  stappen: [{ titel: 'Controle', tekst: 'Wij lezen de stukken.' }],
  duur: '2 weken',
  start: 'binnen 5 werkdagen',
  prijs: JSON.parse(prijs),
});

describe('a service (diensten/<slug>.mdx)', () => {
  it('accepts the three kinds of price, with defaults for the optional lists', () => {
    const parsed = parseServiceFrontmatter(
      service('{"soort":"vast","regels":[{"omschrijving":"Check","bedrag":395}],"jaar":2026}'),
      'content/diensten/dossiercheck.mdx',
    );
    expect(parsed).toMatchObject({ artikelen: [], rekenhulpen: [], voorbereiden: [], volgorde: 100 });
    expect(() => parseServiceFrontmatter(service('{"soort":"op-aanvraag"}'), 'x.mdx')).not.toThrow();
  });

  it('requires the year with an amount, and no amount with a price on request', () => {
    expect(() =>
      parseServiceFrontmatter(
        service('{"soort":"vanaf","regels":[{"omschrijving":"Check","bedrag":395}]}'),
        'content/diensten/dossiercheck.mdx',
      ),
    ).toThrow(/Fout in content\/diensten\/dossiercheck\.mdx:[\s\S]*veld "prijs\.jaar": ontbreekt/);
    expect(() => parseServiceFrontmatter(service('{"soort":"vast","regels":[],"jaar":2026}'), 'x.mdx')).toThrow(
      /veld "prijs\.regels": moet minstens één bedrag bevatten/,
    );
    expect(() =>
      parseServiceFrontmatter(
        service('{"soort":"op-aanvraag","regels":[{"omschrijving":"Check","bedrag":395}]}'),
        'x.mdx',
      ),
    ).toThrow(/veld "prijs\.regels": moet leeg zijn bij soort op-aanvraag/);
  });
});

describe('the results (resultaten.yaml)', () => {
  const result = (van: string, tot: string) => `resultaten:
  - id: geplaatst
    waarde: 21
    eenheid: '%'
    omschrijving: van de werknemers vond werk bij een andere werkgever
    periode: { label: 4e kwartaal 2022, van: ${van}, tot: ${tot} }
    aantalTrajecten: 48
    bron: eigen registratie Q4 2022
`;

  it('reads a figure with its period, trajectories and source', () => {
    expect(parseResults(result('2022-10-01', '2022-12-31'))[0]).toMatchObject({
      waarde: 21,
      periode: { van: '2022-10-01', tot: '2022-12-31' },
      aantalTrajecten: 48,
    });
  });

  it('refuses a figure without its source, or a period that ends before it starts', () => {
    expect(() => parseResults(result('2022-10-01', '2022-12-31').replace(/ {4}bron.*\n/, ''))).toThrow(
      /Fout in content\/resultaten\.yaml:[\s\S]*veld "resultaten\.0\.bron"/,
    );
    expect(() => parseResults(result('2022-12-31', '2022-10-01'))).toThrow(/veld "resultaten\.0\.periode\.tot"/);
  });
});

describe('a client story (verhalen/<id>.yaml)', () => {
  const story = (extra: string) => `titel: Van het magazijn naar de planning
tekst: Een magazijnmedewerker leerde plannen op een werkervaringsplaats en kreeg daar een contract.
datum: 2025-11-14
${extra}`;

  it('is anonymised by default', () => {
    expect(parseStory(story('toestemming: true'), 'content/verhalen/planning.yaml')).toMatchObject({
      id: 'planning',
      geanonimiseerd: true,
    });
  });

  it('is refused without consent, in Dutch, naming the file and the field', () => {
    for (const consent of ['toestemming: false', ''])
      expect(() => parseStory(story(consent), 'content/verhalen/planning.yaml')).toThrow(
        /Fout in content\/verhalen\/planning\.yaml:\n {2}- veld "toestemming": moet true zijn: een verhaal staat alleen op de site als de klant schriftelijk toestemming gaf/,
      );
  });

  it('needs a name or organisation when it is not anonymised', () => {
    expect(() => parseStory(story('toestemming: true\ngeanonimiseerd: false'), 'x/verhalen/a.yaml')).toThrow(
      /veld "naam": vul een naam of organisatie in/,
    );
  });
});
