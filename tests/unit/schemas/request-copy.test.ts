import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRequestIntake } from '../../../src/lib/request/intake';
import { requestCopySchema } from '../../../src/schemas/request-copy';
import { TEST_SERVICES, validRequestInput } from '../../support/request-fixture';

describe('the JSON copy of a request', () => {
  it('as documented in the README, is a valid version-1 copy, so the documentation and the schema cannot drift apart', () => {
    const readme = readFileSync('README.md', 'utf8');
    const example = /<!-- request-copy:example -->\s*```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example, 'README.md has a ```json block after <!-- request-copy:example -->').toBeDefined();
    expect(requestCopySchema.parse(JSON.parse(example!))).toEqual(JSON.parse(example!));
  });

  it('as the pipeline makes it, follows the schema', () => {
    const intake = createRequestIntake(TEST_SERVICES);
    const validation = intake.validate(
      validRequestInput({
        eerste_ziektedag: '2025-01-06',
        eerstejaarsevaluatie: 'ja',
        eerstejaarsevaluatie_datum: '2026-01-05',
        toelichting: 'Graag\nsnel',
      }),
      '2026-06-15',
    );
    if (!validation.valid) throw new Error(JSON.stringify(validation.errors));
    const copy = JSON.parse(intake.copy({ value: validation.value, reference: 'AV-7KQ3-MP', today: '2026-06-15' }));
    expect(requestCopySchema.parse(copy)).toEqual(copy);
    expect(copy.situatie).toMatchObject({
      eerstejaarsevaluatie: { gehouden: true, datum: '2026-01-05' },
      bedrijfsartsAdvies2eSpoor: 'nog-niet',
      toelichting: 'Graag\nsnel',
    });
    expect(copy.vraag.dienst).toEqual({ id: 'tweede-spoortraject', naam: '2e-spoortraject' });
    expect(intake.copyFileName('AV-7KQ3-MP')).toBe('aanvraag-AV-7KQ3-MP.json');
  });

  it('has no place for a name of the employee or health details', () => {
    const keys = JSON.stringify(requestCopySchema.shape.situatie.shape);
    expect(keys).not.toMatch(/naam|diagnose|klacht|medisch/i);
    expect(requestCopySchema.safeParse({ schemaVersie: 2 }).success).toBe(false);
  });
});
