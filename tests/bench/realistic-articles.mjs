// Realistic knowledge-base articles for the build benchmark: a deterministic JavaScript port of the shared
// gen-articles.py (same word banks, same random number generator, so the same bodies byte for byte: about
// 1,000–1,400 words with paragraphs, `##`/`###` headings, steps, lists, tables, tips, internal links to earlier
// articles). On top of those bodies it adds what our articles have and the Python generator does not: our Dutch
// frontmatter (topics and audiences varied per article, sources, some FAQs, about 2% drafts) and an occasional
// <Callout>, <Kerncijfers> or <VeelgesteldeVragen /> component. The blog example gets the same bodies (with the
// same components, which it maps to tiny stand-ins) and its own frontmatter.
//
// Article i depends only on the seed and on articles 0..i-1, so the first 100 articles of a 1,000 set equal a 100 set.
// Links only point to earlier, published articles, so every link target exists.
//
// CLI: node tests/bench/realistic-articles.mjs <outdir> <count> [--format ours|blog|body-only] [--seed n]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentDir } from '../../src/cli/content-dir.mjs';
import { PythonRandom, pythonSum } from './python-random.mjs';

export const DEFAULT_SEED = 20260822;
const LINK_TOKEN = '\u0000LINK\u0000';

// ---------------------------------------------------------------------------------------------------------------
// Word banks of gen-articles.py (order matters for determinism)
// ---------------------------------------------------------------------------------------------------------------

/** [noun, gender 'de' | 'het'] */
const NOUNS = [
  ['aanvraag', 'de'],
  ['formulier', 'het'],
  ['account', 'het'],
  ['wachtwoord', 'het'],
  ['afspraak', 'de'],
  ['rekening', 'de'],
  ['betaling', 'de'],
  ['factuur', 'de'],
  ['abonnement', 'het'],
  ['instelling', 'de'],
  ['melding', 'de'],
  ['toegang', 'de'],
  ['vergunning', 'de'],
  ['document', 'het'],
  ['termijn', 'de'],
  ['wijziging', 'de'],
  ['handtekening', 'de'],
  ['verzoek', 'het'],
  ['regeling', 'de'],
  ['overzicht', 'het'],
  ['portaal', 'het'],
  ['inlogcode', 'de'],
  ['koppeling', 'de'],
  ['adres', 'het'],
  ['telefoonnummer', 'het'],
  ['bijlage', 'de'],
  ['controle', 'de'],
  ['beoordeling', 'de'],
  ['besluit', 'het'],
  ['uitkering', 'de'],
  ['toeslag', 'de'],
  ['bezwaar', 'het'],
  ['klacht', 'de'],
  ['procedure', 'de'],
  ['opdracht', 'de'],
  ['contract', 'het'],
  ['planning', 'de'],
  ['rapportage', 'de'],
  ['back-up', 'de'],
  ['licentie', 'de'],
  ['cursus', 'de'],
  ['rooster', 'het'],
  ['verlof', 'het'],
  ['declaratie', 'de'],
  ['budget', 'het'],
  ['dossier', 'het'],
  ['machtiging', 'de'],
  ['storing', 'de'],
  ['update', 'de'],
  ['verbinding', 'de'],
  ['reservering', 'de'],
  ['offerte', 'de'],
  ['bevestiging', 'de'],
  ['herinnering', 'de'],
  ['aanmelding', 'de'],
  ['registratie', 'de'],
  ['werkplek', 'de'],
  ['sleutel', 'de'],
  ['pas', 'de'],
  ['profiel', 'het'],
];
const SUBJECTS = [
  'de medewerker',
  'de klant',
  'de beheerder',
  'de gebruiker',
  'de aanvrager',
  'het team',
  'de afdeling',
  'de leidinggevende',
  'de servicedesk',
  'de gemeente',
  'de organisatie',
  'het systeem',
  'de applicatie',
  'de coördinator',
  'de adviseur',
  'de huurder',
  'de werkgever',
  'de deelnemer',
  'de contactpersoon',
  'de behandelaar',
];
/** [3rd person singular, infinitive, past participle] */
const VERBS = [
  ['controleert', 'controleren', 'gecontroleerd'],
  ['verwerkt', 'verwerken', 'verwerkt'],
  ['beoordeelt', 'beoordelen', 'beoordeeld'],
  ['ontvangt', 'ontvangen', 'ontvangen'],
  ['verstuurt', 'versturen', 'verstuurd'],
  ['wijzigt', 'wijzigen', 'gewijzigd'],
  ['bevestigt', 'bevestigen', 'bevestigd'],
  ['registreert', 'registreren', 'geregistreerd'],
  ['bekijkt', 'bekijken', 'bekeken'],
  ['regelt', 'regelen', 'geregeld'],
  ['bewaart', 'bewaren', 'bewaard'],
  ['verwijdert', 'verwijderen', 'verwijderd'],
  ['opent', 'openen', 'geopend'],
  ['downloadt', 'downloaden', 'gedownload'],
  ['deelt', 'delen', 'gedeeld'],
  ['koppelt', 'koppelen', 'gekoppeld'],
  ['activeert', 'activeren', 'geactiveerd'],
  ['blokkeert', 'blokkeren', 'geblokkeerd'],
  ['behandelt', 'behandelen', 'behandeld'],
  ['accepteert', 'accepteren', 'geaccepteerd'],
  ['publiceert', 'publiceren', 'gepubliceerd'],
  ['archiveert', 'archiveren', 'gearchiveerd'],
  ['vernieuwt', 'vernieuwen', 'vernieuwd'],
  ['ondertekent', 'ondertekenen', 'ondertekend'],
  ['betaalt', 'betalen', 'betaald'],
  ['plant', 'plannen', 'gepland'],
  ['meldt', 'melden', 'gemeld'],
  ['toetst', 'toetsen', 'getoetst'],
  ['beheert', 'beheren', 'beheerd'],
  ['herstelt', 'herstellen', 'hersteld'],
  ['verlengt', 'verlengen', 'verlengd'],
  ['annuleert', 'annuleren', 'geannuleerd'],
  ['exporteert', 'exporteren', 'geëxporteerd'],
  ['vergelijkt', 'vergelijken', 'vergeleken'],
  ['bespreekt', 'bespreken', 'besproken'],
  ['berekent', 'berekenen', 'berekend'],
  ['verzendt', 'verzenden', 'verzonden'],
  ['beveiligt', 'beveiligen', 'beveiligd'],
];
/** [uninflected, inflected] */
const ADJS = [
  ['nieuw', 'nieuwe'],
  ['digitaal', 'digitale'],
  ['volledig', 'volledige'],
  ['juist', 'juiste'],
  ['actueel', 'actuele'],
  ['persoonlijk', 'persoonlijke'],
  ['tijdelijk', 'tijdelijke'],
  ['jaarlijks', 'jaarlijkse'],
  ['definitief', 'definitieve'],
  ['ondertekend', 'ondertekende'],
  ['gewijzigd', 'gewijzigde'],
  ['bestaand', 'bestaande'],
  ['maandelijks', 'maandelijkse'],
  ['officieel', 'officiële'],
  ['geldig', 'geldige'],
  ['beveiligd', 'beveiligde'],
  ['centraal', 'centrale'],
  ['zakelijk', 'zakelijke'],
  ['intern', 'interne'],
  ['extern', 'externe'],
  ['aanvullend', 'aanvullende'],
  ['standaard', 'standaard'],
];
const PPS = [
  'binnen vijf werkdagen',
  'via het klantportaal',
  'per e-mail',
  'in de app',
  'na ontvangst van de betaling',
  'aan het einde van de maand',
  'voor de afgesproken datum',
  'zonder extra kosten',
  'op de website',
  'in het persoonlijke overzicht',
  'met een geldige inlogcode',
  'bij de eerstvolgende update',
  'tijdens kantooruren',
  'op werkdagen tussen 9.00 en 17.00 uur',
  'in overleg met de leidinggevende',
  'volgens de geldende voorwaarden',
  'uiterlijk zes weken na de aanvraag',
  'binnen het beveiligde deel van de website',
  'in de eerste week van het kwartaal',
  'op het hoofdkantoor',
  'met behulp van DigiD',
  'via de servicedesk',
  'in het dossier',
  'na controle door de behandelaar',
  'voor het einde van het jaar',
  'zonder tussenkomst van derden',
];
const TIMES = [
  'binnen twee werkdagen',
  'binnen tien werkdagen',
  'uiterlijk morgen',
  'zo snel mogelijk',
  'voor 1 april',
  'binnen vier weken',
  'elk kwartaal',
  'één keer per jaar',
  'direct',
  'binnen 24 uur',
  'aan het begin van de maand',
  'na de eerste controle',
];
const CONNECTORS = [
  'Daarnaast',
  'Bovendien',
  'Vervolgens',
  'Meestal',
  'In de meeste gevallen',
  'Soms',
  'Daarna',
  'Ook',
  'Tegelijkertijd',
  'In dat geval',
  'Na afloop',
  'Over het algemeen',
];
const CONTACTS = [
  'de servicedesk',
  'het klantcontactcentrum',
  'uw contactpersoon',
  'de functioneel beheerder',
  'de afdeling Financiën',
  'het secretariaat',
  'de helpdesk',
  'de privacyfunctionaris',
];
const CHANNELS = ['het klantportaal', 'de app', 'de website', 'het intranet', 'Mijn Omgeving', 'het aanvraagformulier'];
const TOPICS = [
  'parkeervergunning aanvragen',
  'wachtwoord wijzigen',
  'adreswijziging doorgeven',
  'factuur downloaden',
  'abonnement opzeggen',
  'tweestapsverificatie instellen',
  'verlof aanvragen',
  'declaratie indienen',
  'bezwaar maken',
  'afspraak maken',
  'account verwijderen',
  'toegang tot het portaal',
  'gegevens exporteren',
  'printer koppelen',
  'thuiswerken',
  'e-mail instellen op uw telefoon',
  'vergaderruimte reserveren',
  'betalingsregeling aanvragen',
  'klacht indienen',
  'machtiging regelen',
  'contract verlengen',
  'nieuwe medewerker aanmelden',
  'laptop vervangen',
  'software installeren',
  'back-up terugzetten',
  'vpn-verbinding maken',
  'rooster bekijken',
  'reiskosten vergoeden',
  'bijlage toevoegen',
  'storing melden',
  'toeslag aanvragen',
  'uitkering stopzetten',
  'bankrekeningnummer wijzigen',
  'inlogcode kwijt',
  'toegangspas aanvragen',
  'werkplek reserveren',
  'licentie verlengen',
  'rapportage maken',
  'budget aanvragen',
  'cursus volgen',
  'offerte opvragen',
  'dossier inzien',
  'gegevens laten verwijderen',
  'profiel bijwerken',
  'melding maken van een datalek',
  'verhuizing doorgeven',
  'afvalpas aanvragen',
  'subsidie aanvragen',
  'ziekmelding doorgeven',
  'vakantie plannen',
  'telefoonnummer wijzigen',
  'nieuwsbrief opzeggen',
  'sleutel aanvragen',
  'handtekening zetten',
  'dienstreis boeken',
  'overuren registreren',
  'pensioen inzien',
  'apparaat registreren',
  'updates installeren',
  'archief raadplegen',
];
const TITLE_PATTERNS = [
  '{T}',
  '{T}: zo werkt het',
  '{T} in vijf stappen',
  'Veelgestelde vragen over {t}',
  '{T} voor nieuwe medewerkers',
  'Problemen bij {t} oplossen',
  'Alles over {t}',
  '{T}: voorwaarden en kosten',
  'Handleiding {t}',
  '{T} via het portaal',
];
const QUALIFIERS = [
  '',
  '',
  '',
  " voor zzp'ers",
  ' voor studenten',
  ' bij verhuizing',
  ' voor teams',
  ' in de app',
  ' voor organisaties',
  ' met DigiD',
  ' voor particulieren',
  ' in 2026',
  ' voor beheerders',
  ' op locatie',
  ' voor externe partijen',
];
const CATEGORIES = [
  'account-en-toegang',
  'financien',
  'personeel',
  'ict-en-werkplek',
  'aanvragen',
  'privacy',
  'facilitair',
  'communicatie',
];
const H2 = [
  'Wat heeft u nodig?',
  'Voorwaarden',
  'Stap voor stap',
  'Kosten en betaling',
  'Hoe lang duurt het?',
  'Veelgestelde vragen',
  'Meer informatie',
  'Contact en ondersteuning',
  'Uitzonderingen',
  'Wijzigingen doorgeven',
  'Bewaartermijnen',
  'Privacy en beveiliging',
  'Problemen oplossen',
  'Tips voor een snelle afhandeling',
  'Rollen en verantwoordelijkheden',
  'Begrippen en definities',
  'Na de aanvraag',
  'Bezwaar en beroep',
  'Technische vereisten',
  'Achtergrond',
  'Voor wie is dit bedoeld?',
  'Wat gebeurt er met uw gegevens?',
];
const H3 = [
  'Voor particulieren',
  'Voor organisaties',
  'Online regelen',
  'Op locatie',
  'Voorbereiding',
  'Indienen',
  'Afronden',
  'Let op bij spoed',
  'Als iets niet lukt',
  'Na goedkeuring',
  'Bij afwijzing',
  'Benodigde documenten',
  'Termijnen',
  'Uitzonderingen',
  'Op een mobiel apparaat',
  'Op een laptop',
  'Voor beheerders',
  'Voor nieuwe gebruikers',
];
const STEP_TEMPLATES = [
  'Log in op {ch} met uw persoonlijke inlogcode.',
  'Ga naar **{Nn}** in het menu.',
  'Kies de optie **{Nn} {v1}**.',
  'Vul de gevraagde gegevens volledig in.',
  'Voeg de benodigde bijlagen toe als pdf of foto.',
  'Controleer het overzicht op fouten.',
  'Klik op **Versturen** om de aanvraag af te ronden.',
  'Bewaar de bevestiging die u per e-mail ontvangt.',
  'Wacht op de beoordeling door {s}.',
  'Open de link in de bevestigingsmail.',
  'Selecteer de gewenste datum en het tijdstip.',
  'Geef aan of u een kopie wilt ontvangen.',
];
const NUM_WORDS = ['twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'tien', 'twaalf', 'veertien', 'dertig'];
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// ---------------------------------------------------------------------------------------------------------------
// Helpers of gen-articles.py
// ---------------------------------------------------------------------------------------------------------------

const cap = (s) => s.slice(0, 1).toUpperCase() + s.slice(1);
/** Python's `str.split()` word count (the strings here only hold spaces and line breaks as whitespace). */
const splitCount = (s) => s.split(/\s+/).filter(Boolean).length;
const pad2 = (n) => String(n).padStart(2, '0');

/** ASCII slug like gen-articles.py's: NFKD, drop non-ASCII, lowercase, runs of other characters become "-". */
export function slugify(s) {
  const ascii = s
    .normalize('NFKD')
    .replace(/[^\p{ASCII}]/gu, '')
    .toLowerCase();
  return ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'artikel';
}

const WORD_RE = /[0-9A-Za-zÀ-ÿ][0-9A-Za-zÀ-ÿ'’.,-]*/g;

/** Words as a reader counts them: ignores Markdown punctuation, table rules and link targets (as gen-articles.py). */
export function countWords(markdown) {
  const text = markdown.replace(/\]\([^)]*\)/g, ']').replace(/^\|?\s*-{3,}.*$/gm, '');
  return (text.match(WORD_RE) ?? []).length;
}

/** Sentence and block generator bound to one article's random number generator. */
class Writer {
  /** @param {PythonRandom} rng @param {string} topic */
  constructor(rng, topic) {
    this.r = rng;
    this.topic = topic;
  }

  np(definite = true, adjP = 0.45) {
    const r = this.r;
    const [noun, g] = r.choice(NOUNS);
    const adj = r.random() < adjP ? r.choice(ADJS) : null;
    if (definite) return adj ? `${g} ${adj[1]} ${noun}` : `${g} ${noun}`;
    if (adj) return `een ${g === 'het' ? adj[0] : adj[1]} ${noun}`;
    return `een ${noun}`;
  }

  sentence() {
    const r = this.r;
    const s = r.choice(SUBJECTS);
    const v = r.choice(VERBS);
    const k = r.randrange(14);
    // Template literals evaluate left to right, like Python's f-strings: the random draws happen in the same order.
    switch (k) {
      case 0:
        return `${cap(s)} ${v[0]} ${this.np()} ${r.choice(PPS)}.`;
      case 1: {
        const s2 = r.choice(SUBJECTS);
        const v2 = r.choice(VERBS);
        return `Als ${s} ${this.np()} ${v[0]}, ${v2[0]} ${s2} ${this.np(false)} ${r.choice(PPS)}.`;
      }
      case 2:
        return `U kunt ${this.np()} ${v[1]} via ${r.choice(CHANNELS)}.`;
      case 3:
        return `Het is belangrijk dat ${s} ${this.np()} ${r.choice(TIMES)} ${v[0]}.`;
      case 4:
        return `Let op: ${this.np()} wordt pas ${v[2]} ${r.choice(PPS)}.`;
      case 5:
        return `${r.choice(CONNECTORS)} ${v[0]} ${s} ${this.np()} ${r.choice(PPS)}.`;
      case 6:
        return `Daarnaast is het mogelijk om ${this.np()} ${r.choice(PPS)} te ${v[1]}.`;
      case 7:
        return `Neem contact op met ${r.choice(CONTACTS)} als ${this.np()} niet ${r.choice(ADJS)[0]} is.`;
      case 8:
        return `${cap(this.np())} moet ${r.choice(TIMES)} worden ${v[2]}.`;
      case 9: {
        const n = r.choice(NUM_WORDS);
        return `Gemiddeld duurt het ${n} werkdagen voordat ${s} ${this.np()} ${v[0]}.`;
      }
      case 10:
        return `Bij ${this.topic} ${v[0]} ${s} altijd eerst ${this.np()}.`;
      case 11:
        return `${cap(this.np())} en ${this.np()} worden samen ${v[2]}, zodat u niets hoeft te dubbelen.`;
      case 12:
        return `Wij adviseren om ${this.np()} ${r.choice(TIMES)} te ${v[1]}, ook als ${s} daar niet om vraagt.`;
      default:
        return `Zonder ${this.np(false)} kan ${s} ${this.np()} niet ${v[1]}.`;
    }
  }

  paragraph(budget) {
    const out = [];
    let words = 0;
    for (;;) {
      const s = this.sentence();
      out.push(s);
      words += splitCount(s);
      if (words >= budget || (out.length >= 3 && words >= 0.7 * budget && this.r.random() < 0.35)) break;
    }
    return out.join(' ');
  }

  bulletList() {
    const r = this.r;
    const n = r.randint(3, 6);
    const items = [];
    for (let i = 0; i < n; i++) {
      const kind = r.randrange(3);
      if (kind === 0) items.push(`- ${cap(this.np(false))} ${r.choice(PPS)}`);
      else if (kind === 1) {
        const v = r.choice(VERBS);
        items.push(`- ${cap(this.np())} is ${v[2]}`);
      } else items.push(`- **${cap(r.choice(NOUNS)[0])}**: ${this.sentence()}`);
    }
    return items.join('\n');
  }

  steps() {
    const r = this.r;
    const n = r.randint(4, 7);
    const picks = r.sampleRange(STEP_TEMPLATES.length, n);
    return picks
      .map((p, i) => {
        const noun = r.choice(NOUNS)[0];
        const ch = r.choice(CHANNELS);
        const v1 = r.choice(VERBS)[1];
        const s = r.choice(SUBJECTS);
        const text = STEP_TEMPLATES[p]
          .replaceAll('{ch}', ch)
          .replaceAll('{Nn}', cap(noun))
          .replaceAll('{v1}', v1)
          .replaceAll('{s}', s);
        return `${i + 1}. ${text}`;
      })
      .join('\n');
  }

  table() {
    const r = this.r;
    const kind = r.randrange(3);
    const rows = r.randint(3, 6);
    let head;
    const body = [];
    if (kind === 0) {
      head = '| Onderdeel | Termijn | Kosten |\n| --- | --- | --- |';
      for (let i = 0; i < rows; i++)
        body.push(
          `| ${cap(r.choice(NOUNS)[0])} | ${r.choice(NUM_WORDS)} werkdagen | € ${r.randint(0, 120)},${r.choice(['00', '50', '95'])} |`,
        );
    } else if (kind === 1) {
      head = '| Situatie | Wat te doen | Contact |\n| --- | --- | --- |';
      for (let i = 0; i < rows; i++)
        body.push(
          `| ${cap(this.np(false, 0.3))} ontbreekt | ${cap(r.choice(VERBS)[1])} via ${r.choice(CHANNELS)} | ${cap(r.choice(CONTACTS))} |`,
        );
    } else {
      head = '| Rol | Verantwoordelijkheid | Toegang |\n| --- | --- | --- |';
      for (let i = 0; i < rows; i++) {
        body.push(
          `| ${cap(r.choice(SUBJECTS).split(' ').slice(1).join(' '))} | ${cap(r.choice(NOUNS)[0])} ${r.choice(VERBS)[1]} | ${r.choice(['Lezen', 'Schrijven', 'Beheren', 'Geen'])} |`,
        );
      }
    }
    return `${head}\n${body.join('\n')}`;
  }
}

/**
 * The last date an article can have. A build that must publish every generated article sets BUILD_DATE to it: later
 * in December 2026 some dates would otherwise still lie in the future, and such articles are scheduled, not published.
 */
export const LAST_ARTICLE_DATE = '2026-12-31';

/** A date in 2024-01-01 .. 2026-12-28, as gen-articles.py draws it. */
function drawDate(r) {
  const y = 2024 + r.randrange(3);
  const m = r.randrange(12);
  const d = 1 + r.randrange(MONTH_DAYS[m]);
  return `${y}-${pad2(m + 1)}-${pad2(d)}`;
}

/** @param {PythonRandom} r @param {Writer} w @param {[string, string][]} earlier [slug, title] of articles 0..i-1 */
function makeBody(r, w, earlier) {
  const target = r.randint(980, 1320);
  const nHead = r.randint(6, 10);
  const h2Pool = r.shuffle([...H2]);
  const h3Pool = r.shuffle([...H3]);
  const plan = [];
  for (let h = 0; h < nHead; h++) {
    const level = h === 0 || r.random() < 0.6 ? 2 : 3;
    plan.push([level, (level === 2 ? h2Pool : h3Pool).pop()]);
  }
  const hasEarlier = earlier.length > 0;
  if (hasEarlier) plan[plan.length - 1] = [2, 'Gerelateerde artikelen'];
  const tableAt = r.randrange(1, Math.max(2, nHead - 1));
  const stepsAt = nHead > 1 ? r.randrange(nHead - 1) : 0;
  const bulletCount = r.randint(1, 2);
  const bulletsAt = new Set();
  for (let i = 0; i < bulletCount; i++) bulletsAt.add(r.randrange(nHead - 1));
  const quoteAt = r.random() < 0.5 ? r.randrange(nHead) : -1;
  const kInline = Math.min(earlier.length, r.randint(2, 5));
  const inlineTargets = kInline ? r.sampleRange(earlier.length, kInline) : [];
  const kRel = Math.min(earlier.length, r.randint(2, 4));
  const relTargets = kRel ? r.sampleRange(earlier.length, kRel) : [];
  const inlineSections = inlineTargets.map(() => r.randrange(hasEarlier ? nHead - 1 : nHead));

  const intro = w.paragraph(r.randint(45, 80));
  const sections = plan.map(([level, title], si) => {
    const blocks = [];
    if (hasEarlier && si === nHead - 1) {
      blocks.push(w.paragraph(r.randint(15, 30)));
      blocks.push(relTargets.map((j) => `- [${earlier[j][1]}](${LINK_TOKEN}${earlier[j][0]}/)`).join('\n'));
    } else {
      if (si === stepsAt) blocks.push({ kind: 'STEPS' });
      if (bulletsAt.has(si)) blocks.push({ kind: 'BULLETS' });
      if (si === tableAt) blocks.push({ kind: 'TABLE' });
      if (si === quoteAt) blocks.push({ kind: 'QUOTE' });
    }
    return { level, title, blocks };
  });

  const renderStructure = (parasBySection) => {
    const parts = [intro];
    sections.forEach(({ level, title, blocks }, si) => {
      parts.push(`${'#'.repeat(level)} ${title}`);
      const paras = parasBySection.get(si) ?? [];
      if (paras.length) parts.push(paras[0]);
      parts.push(...blocks);
      parts.push(...paras.slice(1));
    });
    return parts.join('\n\n');
  };

  for (const section of sections) {
    section.blocks = section.blocks.map((b) => {
      if (typeof b === 'string') return b;
      if (b.kind === 'STEPS') return w.steps();
      if (b.kind === 'BULLETS') return w.bulletList();
      if (b.kind === 'TABLE') return w.table();
      return `> **Tip:** ${w.sentence()} ${w.sentence()}`;
    });
  }

  const fixedWords = countWords(renderStructure(new Map()));
  const budget = Math.max(200, target - fixedWords);
  const bodySections = [];
  for (let si = 0; si < nHead; si++) if (!(hasEarlier && si === nHead - 1)) bodySections.push(si);
  const weights = bodySections.map(() => r.uniform(0.6, 1.4));
  const total = pythonSum(weights);
  const parasBySection = new Map();
  bodySections.forEach((si, i) => {
    let sectionBudget = Math.trunc((budget * weights[i]) / total);
    const paras = [];
    while (sectionBudget > 25) {
      const pb = Math.min(sectionBudget, r.randint(45, 95));
      const p = w.paragraph(pb);
      paras.push(p);
      sectionBudget -= splitCount(p);
    }
    if (!paras.length) paras.push(w.paragraph(25));
    parasBySection.set(si, paras);
  });
  inlineTargets.forEach((j, n) => {
    const si = inlineSections[n];
    // Python's setdefault(si, [w.paragraph(25)]) builds its default every time: draw it here too.
    const fallback = [w.paragraph(25)];
    if (!parasBySection.has(si)) parasBySection.set(si, fallback);
    const paras = parasBySection.get(si);
    const pi = r.randrange(paras.length);
    const [slug, title] = earlier[j];
    const phrase = r.choice(['Lees ook', 'Zie ook', 'Meer hierover leest u in', 'Bekijk daarvoor']);
    paras[pi] = `${paras[pi]} ${phrase} [${title}](${LINK_TOKEN}${slug}/).`;
  });
  if (r.random() < 0.4) {
    const si = r.choice(bodySections);
    parasBySection.get(si)[0] +=
      ' Meer achtergrond vindt u op [de website van de Rijksoverheid](https://www.rijksoverheid.nl/).';
  }
  const body = `${renderStructure(parasBySection)}\n`;
  const links = [...inlineTargets, ...relTargets].map((j) => earlier[j][0]);
  return { body, headings: nHead, links };
}

/**
 * @typedef {{ index: number, slug: string, title: string, description: string, date: string, category: string,
 *   topic: string, bodyTokens: string, words: number, headings: number, links: string[] }} BaseArticle
 */

/**
 * The articles of gen-articles.py: `generate(n, seed)`. Article i depends only on the seed and articles 0..i-1.
 * @returns {BaseArticle[]}
 */
export function generateBaseArticles(n, seed = DEFAULT_SEED) {
  const articles = [];
  const seenTitles = new Map();
  const seenSlugs = new Set();
  /** @type {[string, string][]} */
  const earlier = [];
  for (let i = 0; i < n; i++) {
    const r = new PythonRandom(seed * 1_000_003 + i);
    const topic = TOPICS[r.randrange(TOPICS.length)];
    const pattern = TITLE_PATTERNS[r.randrange(TITLE_PATTERNS.length)];
    const qualifier = QUALIFIERS[r.randrange(QUALIFIERS.length)];
    const base = pattern.replaceAll('{T}', cap(topic)).replaceAll('{t}', topic) + qualifier;
    let title = base;
    if (seenTitles.has(base)) {
      seenTitles.set(base, seenTitles.get(base) + 1);
      title = `${base} (deel ${seenTitles.get(base)})`;
    } else seenTitles.set(base, 1);
    let slug = slugify(title);
    for (let k = 2; seenSlugs.has(slug); k++) slug = `${slugify(title)}-${k}`;
    seenSlugs.add(slug);
    const w = new Writer(r, topic);
    let description = `${w.sentence().replace(/\.+$/, '')}.`;
    description = `Uitleg over ${topic}: ${description[0].toLowerCase()}${description.slice(1)}`;
    const date = drawDate(r);
    const category = CATEGORIES[r.randrange(CATEGORIES.length)];
    const { body, headings, links } = makeBody(r, w, earlier);
    for (const bad of ['"', '\\', '{', '}', '<', '>']) {
      if (title.includes(bad) || description.includes(bad) || body.replaceAll('> **Tip:**', '').includes(bad)) {
        throw new Error(`article ${i} contains ${bad}`);
      }
    }
    articles.push({
      index: i,
      slug,
      title,
      description,
      date,
      category,
      topic,
      bodyTokens: body,
      words: countWords(body),
      headings,
      links,
    });
    earlier.push([slug, title]);
  }
  return articles;
}

/** The body with its internal links under `linkPrefix`. */
export function bodyFor(article, linkPrefix) {
  return article.bodyTokens.replaceAll(LINK_TOKEN, linkPrefix);
}

// ---------------------------------------------------------------------------------------------------------------
// Our additions: frontmatter of the knowledge base, components, drafts
// ---------------------------------------------------------------------------------------------------------------

/** The fixed audiences of the article schema (frontmatter `doelgroep`). */
export const AUDIENCE_IDS = ['inlener', 'werkgever', 'werknemer'];

const SOURCES = [
  ['UWV – Werkgevers', 'https://www.uwv.nl/werkgevers/'],
  ['UWV – Werknemer is ziek', 'https://www.uwv.nl/werkgevers/werknemer-is-ziek/'],
  ['Rijksoverheid – Ziek zijn en werk', 'https://www.rijksoverheid.nl/onderwerpen/ziekteverzuim'],
  ['Arboportaal – Re-integratie', 'https://www.arboportaal.nl/onderwerpen/re-integratie'],
  ['Wetten.overheid.nl – Burgerlijk Wetboek Boek 7', 'https://wetten.overheid.nl/BWBR0005290/'],
  ['Ondernemersplein – Personeel', 'https://ondernemersplein.overheid.nl/personeel/'],
  ['Belastingdienst – Loonheffingen', 'https://www.belastingdienst.nl/wps/wcm/connect/nl/werk-en-inkomen/'],
  ['SER – Werk en inkomen', 'https://www.ser.nl/nl/thema/werk-en-inkomen'],
];
const FAQ_OPENERS = ['Hoe werkt', 'Wat kost', 'Wie regelt', 'Wanneer start', 'Wat moet ik weten over'];
const CALLOUT_KINDS = ['info', 'let-op', 'tip'];
const KEY_FIGURES = [
  ['€ 3,05', 'per verloond uur'],
  ['€ 6.000', 'maximaal per jaar'],
  ['3 jaar', 'maximale looptijd'],
  ['104 weken', 'loondoorbetaling bij ziekte'],
  ['70%', 'van het loon in het tweede ziektejaar'],
  ['16 weken', 'beslistermijn van UWV'],
];

const addDays = (iso, days) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Shortens a description to the schema's 160 characters at a word boundary (and pads one that is too short). */
export function fitDescription(text, max = 160, min = 50) {
  let out = text;
  if (out.length > max) {
    out = out.slice(0, max - 1);
    out = `${out.slice(0, out.lastIndexOf(' ')).replace(/[,:;]$/, '')}…`;
  }
  if (out.length < min) out = `${out} Lees hoe het werkt en waar u op let.`;
  return out;
}

/** Inserts `block` after the `nth` plain paragraph of `body` (not a heading, list, table, quote or component). */
function insertAfterParagraph(body, block, nth) {
  const parts = body.split('\n\n');
  const paragraphs = parts.map((p, i) => (/^[#\-|><0-9]/.test(p) ? -1 : i)).filter((i) => i > 0);
  const at = paragraphs[Math.min(nth, paragraphs.length - 1)];
  parts.splice(at + 1, 0, block);
  return parts.join('\n\n');
}

/**
 * @typedef {BaseArticle & { draft: boolean, audiences: string[], topics: string[], sources: [string, string][],
 *   faq: { vraag: string, antwoord: string }[], updated: string, body: (prefix: string) => string,
 *   components: string[] }} RealisticArticle
 */

/**
 * The benchmark articles: gen-articles.py's articles with our frontmatter data, components and drafts.
 * @param {number} n
 * @param {{ seed?: number, topicIds: string[] }} options topicIds: the ids of the content folder's onderwerpen.yaml
 * @returns {RealisticArticle[]}
 */
export function generateRealisticArticles(n, { seed = DEFAULT_SEED, topicIds }) {
  const base = generateBaseArticles(n, seed);
  /** @type {RealisticArticle[]} */
  const out = [];
  for (const article of base) {
    // A second generator per article for our additions, so the bodies stay those of gen-articles.py.
    const r = new PythonRandom(seed * 7919 + article.index);
    const w = new Writer(r, article.topic);
    const draft = article.index > 0 && r.random() < 0.02;
    const audienceCount = [1, 1, 1, 2, 2, 2, 2, 3, 3, 3][r.randrange(10)];
    const audiences = r.sampleRange(AUDIENCE_IDS.length, audienceCount).map((i) => AUDIENCE_IDS[i]);
    const topicCount = Math.min(topicIds.length, [1, 1, 2, 2, 2, 3, 3, 3, 4, 5][r.randrange(10)]);
    const topics = r.sampleRange(topicIds.length, topicCount).map((i) => topicIds[i]);
    const sources = r.sampleRange(SOURCES.length, r.randint(1, 2)).map((i) => SOURCES[i]);
    const faq =
      r.random() < 0.35
        ? Array.from({ length: r.randint(2, 3) }, () => ({
            vraag: `${r.choice(FAQ_OPENERS)} ${article.topic}?`,
            antwoord: `${w.sentence()} ${w.sentence()}`,
          }))
        : [];
    const updated = addDays(article.date, r.random() < 0.5 ? 0 : r.randint(1, 300));
    let tokens = article.bodyTokens;
    const components = [];
    if (r.random() < 0.4) {
      const kind = r.choice(CALLOUT_KINDS);
      const block = `<Callout soort="${kind}" titel="${cap(r.choice(NOUNS)[0])} bij ${article.topic}">\n${w.sentence()} ${w.sentence()}\n</Callout>`;
      tokens = insertAfterParagraph(tokens, block, r.randint(1, 4));
      components.push('Callout');
    }
    if (r.random() < 0.1) {
      const figures = r.sampleRange(KEY_FIGURES.length, r.randint(2, 3)).map((i) => KEY_FIGURES[i]);
      const rows = figures.map(
        ([value, what]) =>
          `  <Kerncijfer waarde="${value}" jaar="2026" bron="https://www.uwv.nl/werkgevers/" bronNaam="UWV">${what}</Kerncijfer>`,
      );
      tokens = insertAfterParagraph(
        tokens,
        `<Kerncijfers titel="Kerncijfers ${article.topic}">\n${rows.join('\n')}\n</Kerncijfers>`,
        r.randint(2, 6),
      );
      components.push('Kerncijfers');
    }
    if (faq.length) {
      // Like our real articles: the FAQ block just before the related articles at the end.
      const at = tokens.lastIndexOf('\n## ');
      tokens =
        at > 0
          ? `${tokens.slice(0, at)}\n\n<VeelgesteldeVragen />\n${tokens.slice(at)}`
          : `${tokens}\n<VeelgesteldeVragen />\n`;
      components.push('VeelgesteldeVragen');
    }
    out.push({
      ...article,
      bodyTokens: tokens,
      draft,
      audiences,
      topics,
      sources,
      faq,
      updated,
      components,
      body: (prefix) => tokens.replaceAll(LINK_TOKEN, prefix),
    });
  }
  // Links to a draft would point at a page that is not built: point them at the nearest earlier published article.
  const replacement = [];
  for (const a of out) {
    if (!a.draft) replacement[a.index] = a;
    else replacement[a.index] = replacement[a.index - 1];
  }
  const bySlug = new Map(out.map((a) => [a.slug, a]));
  for (const a of out) {
    let tokens = a.bodyTokens;
    for (const slug of new Set(a.links)) {
      const target = bySlug.get(slug);
      if (!target?.draft) continue;
      const to = replacement[target.index];
      tokens = tokens.replaceAll(
        `[${target.title}](${LINK_TOKEN}${target.slug}/)`,
        `[${to.title}](${LINK_TOKEN}${to.slug}/)`,
      );
    }
    a.bodyTokens = tokens;
    a.links = a.links.map((slug) => (bySlug.get(slug)?.draft ? replacement[bySlug.get(slug).index].slug : slug));
    a.body = (prefix) => tokens.replaceAll(LINK_TOKEN, prefix);
    a.words = countWords(tokens);
  }
  return out;
}

const yamlString = (s) => JSON.stringify(s);

/** The MDX file of an article for our knowledge base (Dutch frontmatter of the article schema). */
export function knowledgeBaseFile(a) {
  const lines = [
    '---',
    `titel: ${yamlString(a.title)}`,
    `omschrijving: ${yamlString(fitDescription(a.description))}`,
    `gepubliceerd: ${a.date}`,
    `bijgewerkt: ${a.updated}`,
    `feitenGecontroleerd: ${a.updated}`,
    `doelgroep: [${a.audiences.join(', ')}]`,
    `onderwerpen: [${a.topics.join(', ')}]`,
    'auteur: redactie',
  ];
  if (a.draft) lines.push('concept: true');
  if (a.faq.length) {
    lines.push('veelgesteldeVragen:');
    for (const { vraag, antwoord } of a.faq)
      lines.push(`  - vraag: ${yamlString(vraag)}`, `    antwoord: ${yamlString(antwoord)}`);
  }
  lines.push('bronnen:');
  for (const [titel, url] of a.sources)
    lines.push(`  - titel: ${yamlString(titel)}`, `    url: ${url}`, `    geraadpleegd: ${a.updated}`);
  lines.push('---', '', '');
  return lines.join('\n') + a.body('/kennisbank/');
}

/** The MDX file of an article for the blog example (gen-articles.py's blog frontmatter; the same body). */
export function blogFile(a) {
  return `---\ntitle: "${a.title}"\ndescription: "${fitDescription(a.description)}"\npubDate: "${a.date}"\n---\n\n${a.body('/blog/')}`;
}

/**
 * Topic ids of onderwerpen.yaml of a content folder. The bench articles are by `auteur: redactie`, the editorial team,
 * which every site has without a file (a person in mensen/ may not take that id).
 */
export function readContentIds(contentFolder) {
  // The list file holds one top-level key named after the file (the editor's format): `onderwerpen: [...]`.
  const topics = parseYaml(readFileSync(join(contentFolder, 'onderwerpen.yaml'), 'utf8')).onderwerpen.map((t) => t.id);
  return { topics };
}

/**
 * Writes both sets: our knowledge base articles (drafts included, as an editor's folder has them) into `ourDir`, and
 * the published ones with blog frontmatter into `blogDir`, so both sites render the same articles. The topics are those
 * of `contentFolder` (the content the site is built with).
 * @returns {{ count: number, published: number, drafts: number, words: { min: number, max: number, mean: number },
 *   components: Record<string, number>, bytes: number }}
 */
export function writeArticleSets({ count, seed = DEFAULT_SEED, contentFolder, ourDir, blogDir }) {
  const { topics } = readContentIds(contentFolder);
  const articles = generateRealisticArticles(count, { seed, topicIds: topics });
  for (const dir of [ourDir, blogDir]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  let bytes = 0;
  const components = {};
  for (const a of articles) {
    const ours = knowledgeBaseFile(a);
    bytes += Buffer.byteLength(ours);
    writeFileSync(join(ourDir, `${a.slug}.mdx`), ours);
    if (!a.draft) writeFileSync(join(blogDir, `${a.slug}.mdx`), blogFile(a));
    for (const c of a.components) components[c] = (components[c] ?? 0) + 1;
  }
  const words = articles.map((a) => a.words);
  return {
    count,
    published: articles.filter((a) => !a.draft).length,
    drafts: articles.filter((a) => a.draft).length,
    words: { min: Math.min(...words), max: Math.max(...words), mean: words.reduce((t, x) => t + x, 0) / words.length },
    components,
    bytes,
  };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const [outDir, countText] = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  if (!outDir || !countText) {
    console.error(
      'Usage: node tests/bench/realistic-articles.mjs <outdir> <count> [--format ours|blog|body-only] [--seed n]',
    );
    process.exit(2);
  }
  const count = Number(countText);
  const seed = Number(option('--seed', DEFAULT_SEED));
  const format = option('--format', 'ours');
  mkdirSync(outDir, { recursive: true });
  if (format === 'body-only') {
    for (const a of generateBaseArticles(count, seed))
      writeFileSync(join(outDir, `${a.slug}.mdx`), bodyFor(a, '/artikelen/'));
  } else {
    const articles = generateRealisticArticles(count, { seed, topicIds: readContentIds(contentDir.path).topics });
    for (const a of articles) {
      if (format === 'blog' && a.draft) continue;
      writeFileSync(join(outDir, `${a.slug}.mdx`), format === 'blog' ? blogFile(a) : knowledgeBaseFile(a));
    }
  }
  console.error(`wrote ${count} articles (${format}) to ${outDir}`);
}
