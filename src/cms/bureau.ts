// The bureau's details (bureau.yaml of the content folder) in the editor; src/schemas/bureau.ts validates them at every build.
import { fields, singleton } from '@keystatic/core';
import { bureauSchema, WEEKDAYS } from '../schemas/bureau';
import { limitedText, patternText, requiredDate, requiredUrl } from './fields';
import { inContentFolder } from './content-folder';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMAIL_MESSAGE = 'Vul een e-mailadres in, bijvoorbeeld info@bureau.nl.';
const COLOUR = /^\s*#[0-9a-fA-F]{6}\s*$/;
const COLOUR_MESSAGE = 'Vul een kleurcode in van # en zes tekens, bijvoorbeeld #004d66.';
const TIME = /^\s*(?:[01][0-9]|2[0-3]):[0-5][0-9]\s*$/;
const TIME_MESSAGE = 'Vul een tijd in als 08:30.';

/** A picture in the content folder's afbeeldingen/, stored as "afbeeldingen/<file>" as bureau.yaml expects. */
const picture = (label: string, description: string, isRequired: boolean) =>
  fields.image({
    label,
    description,
    directory: inContentFolder('afbeeldingen'),
    publicPath: 'afbeeldingen/',
    validation: { isRequired },
  });

/** The alternative text of a picture: required whenever the picture is there. */
const altText = (description: string) =>
  patternText(
    'Beschrijving (alt-tekst)',
    description,
    /^\s*\S.{0,118}\S\s*$/,
    'Beschrijf in 2 tot 120 tekens wat er op de afbeelding staat.',
  );

export const bureau = singleton({
  label: 'Gegevens bureau',
  path: inContentFolder('bureau'),
  format: { data: 'yaml' },
  schema: {
    demo: fields.checkbox({
      label: 'Demowebsite',
      description:
        'Aan zolang de site een demo is: elke pagina meldt dat en zoekmachines nemen de site niet op. Zet het uit als alle gegevens van uw bureau zijn; de site controleert dan of er geen voorbeeldgegevens meer in staan.',
      defaultValue: true,
    }),
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
    logo: fields.object(
      {
        bestand: picture(
          'Logo',
          'SVG (het scherpst) of PNG, liefst vierkant of breed; naast het logo staat de naam.',
          true,
        ),
        alt: altText('Wat er op het logo staat, bijvoorbeeld "Logo van Bureau Werkwijs". Voor de deelafbeelding.'),
      },
      {
        label: 'Logo',
        description: 'In de kop van elke pagina, als pictogram in het browsertabblad en op de deelafbeelding.',
      },
    ),
    huisstijl: fields.object(
      {
        primair: patternText(
          'Hoofdkleur',
          'Voor links, knoppen en de lijn onder de kop: een donkere kleur, want er staat witte tekst op.',
          COLOUR,
          COLOUR_MESSAGE,
        ),
        accent: patternText(
          'Accentkleur',
          'Voor de focusrand en markeringen achter tekst: een lichte kleur, want er staat donkere tekst op.',
          COLOUR,
          COLOUR_MESSAGE,
        ),
      },
      {
        label: 'Huisstijlkleuren',
        description:
          'De site controleert bij het bouwen of de kleuren genoeg contrast geven (WCAG 2.2 AA) en noemt anders de verhouding.',
      },
    ),
    openingstijden: fields.array(
      fields.object({
        dagen: fields.multiselect({
          label: 'Dagen',
          description: 'De dagen met deze tijden.',
          options: WEEKDAYS.map((day) => ({ label: day, value: day })),
        }),
        van: patternText('Van', 'Openingstijd, bijvoorbeeld 08:30.', TIME, TIME_MESSAGE),
        tot: patternText('Tot', 'Sluitingstijd, bijvoorbeeld 17:00.', TIME, TIME_MESSAGE),
      }),
      {
        label: 'Openingstijden',
        description: 'Eén regel per groep dagen met dezelfde tijden. Staan in de voettekst en op de contactpagina.',
        itemLabel: (item) =>
          `${item.fields.dagen.value.join(', ') || 'Nieuwe regel'} ${item.fields.van.value}–${item.fields.tot.value}`,
        validation: { length: { min: 1 } },
      },
    ),
    reactietijdWerkdagen: fields.integer({
      label: 'Reactietijd in werkdagen',
      description: 'Wat u belooft: bij 1 staat er "Wij reageren binnen 1 werkdag".',
      defaultValue: 2,
      validation: { isRequired: true, min: 1, max: 10 },
    }),
    werkgebied: limitedText({
      label: 'Werkgebied',
      description:
        'De regio waar u werkt, bijvoorbeeld "Utrecht en het Gooi". Staat na "Wij werken voor werkgevers in".',
      schema: bureauSchema.shape.werkgebied,
    }),
    keurmerken: fields.array(
      fields.object({
        naam: patternText(
          'Naam',
          'Bijvoorbeeld Blik op Werk Keurmerk.',
          /^\s*\S.{0,78}\S\s*$/,
          'Vul de naam van het keurmerk in.',
        ),
        url: requiredUrl('Webadres', 'Waar een bezoeker het keurmerk kan nagaan, bijvoorbeeld het register.'),
        logo: fields.object(
          {
            bestand: picture('Logo', 'Mag leeg blijven. SVG of PNG.', false),
            alt: fields.text({
              label: 'Beschrijving (alt-tekst)',
              description: 'Verplicht als er een logo is: wat er op het logo staat.',
            }),
          },
          { label: 'Logo van het keurmerk' },
        ),
        geldigTot: requiredDate(
          'Geldig tot',
          'De laatste dag van het certificaat. Daarna staat het keurmerk niet meer op de site.',
        ),
      }),
      {
        label: 'Keurmerken',
        description:
          'Staan in de voettekst en op de contactpagina. Een verlopen keurmerk verdwijnt vanzelf; het bouwen meldt het.',
        itemLabel: (item) => item.fields.naam.value || 'Nieuw keurmerk',
      },
    ),
  },
});
