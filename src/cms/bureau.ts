// The bureau's details (bureau.yaml of the content folder) in the editor; src/schemas/bureau.ts validates them at every build.
import { fields, singleton } from '@keystatic/core';
import { bureauSchema } from '../schemas/bureau';
import { limitedText, patternText, requiredUrl } from './fields';
import { inContentFolder } from './content-folder';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMAIL_MESSAGE = 'Vul een e-mailadres in, bijvoorbeeld info@bureau.nl.';

export const bureau = singleton({
  label: 'Gegevens bureau',
  path: inContentFolder('bureau'),
  format: { data: 'yaml' },
  schema: {
    naam: limitedText({
      label: 'Naam',
      description: 'De naam in de kop en voettekst van elke pagina, in titels en in e-mails.',
      schema: bureauSchema.shape.naam,
    }),
    omschrijving: limitedText({
      label: 'Omschrijving',
      description: 'Eén of twee zinnen over het bureau, voor de homepage en zoekmachines.',
      schema: bureauSchema.shape.omschrijving,
      multiline: true,
    }),
    telefoon: patternText(
      'Telefoonnummer',
      'Zoals bezoekers het lezen, bijvoorbeeld 020 123 45 67.',
      /^\s*\+?[0-9][0-9 ()-]{7,18}[0-9]\s*$/,
      'Vul een telefoonnummer in, bijvoorbeeld 020 123 45 67.',
    ),
    email: patternText(
      'E-mailadres',
      'Voor vragen van bezoekers; staat op de contactpagina en in de voettekst.',
      EMAIL,
      EMAIL_MESSAGE,
    ),
    adres: fields.object(
      {
        straat: patternText(
          'Straat en huisnummer',
          'Bijvoorbeeld Voorbeeldstraat 1.',
          /^\s*\S.{1,}\S\s*$/,
          'Vul de straat met huisnummer in.',
        ),
        postcode: patternText(
          'Postcode',
          'Een Nederlandse postcode, bijvoorbeeld 1234 AB.',
          /^\s*[1-9][0-9]{3} ?[A-Za-z]{2}\s*$/,
          'Vul een Nederlandse postcode in, bijvoorbeeld 1234 AB.',
        ),
        plaats: patternText('Plaats', 'Bijvoorbeeld Amsterdam.', /^\s*\S.*\S\s*$/, 'Vul een plaatsnaam in.'),
      },
      { label: 'Adres', description: 'Het postadres van het kantoor.' },
    ),
    kvkNummer: patternText(
      'KvK-nummer',
      'Het nummer bij de Kamer van Koophandel: precies 8 cijfers.',
      /^\s*[0-9]{8}\s*$/,
      'Vul precies 8 cijfers in.',
    ),
    aanbodOntvangers: fields.array(patternText('E-mailadres', 'Dit adres krijgt elk aanbod.', EMAIL, EMAIL_MESSAGE), {
      label: 'Wie krijgt het aanbod',
      description: 'De e-mailadressen die elk aanbod via het formulier ontvangen. Minstens één.',
      itemLabel: (item) => item.value || 'Nieuw e-mailadres',
      validation: { length: { min: 1 } },
    }),
    aanvraagOntvangers: fields.array(
      patternText('E-mailadres', 'Dit adres krijgt elke aanvraag van een werkgever.', EMAIL, EMAIL_MESSAGE),
      {
        label: 'Wie krijgt de aanvragen van werkgevers',
        description:
          'De e-mailadressen die elke aanvraag via het formulier op /aanvragen/ ontvangen. Minstens één. Een aanvraag bevat verzuimgegevens (de eerste ziektedag): kies alleen adressen van mensen die aanvragen behandelen.',
        itemLabel: (item) => item.value || 'Nieuw e-mailadres',
        validation: { length: { min: 1 } },
      },
    ),
    afzender: patternText(
      'Afzender van e-mails',
      'Bijvoorbeeld "Bureau <website@bureau.nl>". Het domein moet bij de e-maildienst bevestigd zijn; vraag dit na bij wie de site beheert.',
      /^\s*(?:[^<>\r\n]+ <[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)\s*$/,
      'Vul een e-mailadres in, eventueel als "Naam <adres@domein.nl>".',
    ),
    socialeMedia: fields.array(
      fields.object({
        naam: patternText('Platform', 'Bijvoorbeeld LinkedIn.', /^\s*\S.*\S\s*$/, 'Vul de naam van het platform in.'),
        url: requiredUrl('Webadres', 'Het volledige adres van het profiel, beginnend met https://.'),
      }),
      {
        label: 'Sociale media',
        description: 'Links naar de profielen van het bureau. Mag leeg blijven.',
        itemLabel: (item) => item.fields.naam.value || 'Nieuw profiel',
      },
    ),
    websiteUrl: requiredUrl(
      'Webadres van deze site',
      'Bijvoorbeeld https://www.bureau.nl. Alleen veranderen als de site naar een ander adres verhuist.',
    ),
  },
});
