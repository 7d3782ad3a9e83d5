// The offer form. Server-rendered it is a plain HTML form that posts to /api/aanbod (works without JavaScript);
// hydrated it validates with the shared schema, posts JSON and keeps a draft in localStorage.
import { useEffect, useRef, useState } from 'preact/hooks';
import { wisConcept } from '../../lib/aanbod/concept';
import { vandaagInNederland } from '../../lib/aanbod/normaliseer';
import type { Fouten } from '../../lib/aanbod/schema';
import type { Sector } from '../../lib/aanbod/sector-schema';
import { nieuweReferentie } from '../../lib/aanbod/nieuwe-referentie';
import { valuesTypedBeforeHydration } from '../../lib/site/typed-before-hydration';
import { verstuurAanbod } from '../../lib/aanbod/verstuur-json';
import { KEUZES, VELD_LABELS, legeInvoer, type AanbodInvoer, type AanbodVeld } from '../../lib/aanbod/velden';
import { Bevestiging } from './Bevestiging';
import { FoutSamenvatting } from './FoutSamenvatting';
import { gebruikConcept } from './gebruik-concept';
import { Melding } from './Melding';
import { KeuzeLijst, RadioGroep, TekstVak, TekstVeld, Toestemming } from './Velden';

// The schema (with zod) is most of the island's weight: it loads when a person starts filling in the form,
// not with the page. If it cannot load, the server still validates everything.
let validator: Promise<typeof import('../../lib/aanbod/schema') | null> | undefined;
const laadValidator = () => (validator ??= import('../../lib/aanbod/schema').catch(() => null));

const FORMULIER_ID = 'aanbod-formulier';

interface Props {
  sectoren: Sector[];
  contact: { email: string; telefoon: string };
  /** Values to show again (after a server-side error); empty on the static page. */
  invoer?: AanbodInvoer;
  fouten?: Fouten;
  melding?: string;
}

export default function AanbodFormulier({ sectoren, contact, invoer, fouten: serverFouten = {}, melding: serverMelding }: Props) {
  // Answers typed before hydration, read in the first render before Preact touches the form. Every named control
  // of the form is an AanbodInvoer field, so they fit the state as they are and win over the server's values.
  const [getypt] = useState(() => valuesTypedBeforeHydration(FORMULIER_ID) as Partial<AanbodInvoer>);
  const [waarden, zetWaarden] = useState<AanbodInvoer>(() => ({ ...(invoer ?? legeInvoer()), ...getypt }));
  const [fouten, zetFouten] = useState<Fouten>(serverFouten);
  const [melding, zetMelding] = useState(serverMelding);
  const [bezig, zetBezig] = useState(false);
  const [gelukt, zetGelukt] = useState<string>();
  const [focusTeller, zetFocusTeller] = useState(0);
  const bezigRef = useRef(false);
  // After a failed send the server hands the reference back; a retry of the same answers must reuse it.
  const vingerafdrukVan = (w: AanbodInvoer) => JSON.stringify({ ...w, referentie: '' });
  const laatstePoging = useRef(invoer?.referentie ? { vingerafdruk: vingerafdrukVan(invoer), referentie: invoer.referentie } : undefined);
  const kopRef = useRef<HTMLHeadingElement>(null);
  const { teruggezet, zetTeruggezet } = gebruikConcept(waarden, zetWaarden, Boolean(invoer), getypt);

  // Move focus to the error summary, the failure notice or the confirmation after each attempt.
  useEffect(() => {
    if (focusTeller > 0) kopRef.current?.focus();
  }, [focusTeller]);

  const wijzig = (veld: AanbodVeld, waarde: string) => zetWaarden((oud) => ({ ...oud, [veld]: waarde }));

  async function verstuur(event: SubmitEvent) {
    event.preventDefault();
    // A ref, not state: a double click fires before the disabled button is rendered.
    if (bezigRef.current) return;
    bezigRef.current = true;
    try {
      await valideerEnVerstuur();
    } finally {
      bezigRef.current = false;
      zetBezig(false);
    }
  }

  async function valideerEnVerstuur() {
    const schema = await laadValidator();
    const controle = schema?.valideerAanbod(waarden, { sectorIds: sectoren.map((s) => s.id), vandaag: vandaagInNederland() });
    zetMelding(undefined);
    if (controle && !controle.geldig) {
      zetFouten(controle.fouten);
      zetFocusTeller((n) => n + 1);
      return;
    }
    zetFouten({});
    // The same answers sent again (a retry) keep their reference, so the bureau never gets them twice.
    const vingerafdruk = vingerafdrukVan(waarden);
    if (laatstePoging.current?.vingerafdruk !== vingerafdruk) {
      laatstePoging.current = { vingerafdruk, referentie: nieuweReferentie() };
    }
    zetBezig(true);
    const uitkomst = await verstuurAanbod({ ...waarden, referentie: laatstePoging.current.referentie });
    if (uitkomst.soort === 'gelukt') {
      wisConcept(window.localStorage);
      zetGelukt(uitkomst.referentie);
    } else if (uitkomst.soort === 'fouten') {
      zetFouten(uitkomst.fouten);
    } else {
      zetMelding(uitkomst.melding);
    }
    zetFocusTeller((n) => n + 1);
  }

  function beginOpnieuw() {
    wisConcept(window.localStorage);
    zetWaarden(legeInvoer());
    zetFouten({});
    zetTeruggezet(false);
  }

  if (gelukt) return <Bevestiging contact={contact} referentie={gelukt} kopRef={kopRef} />;

  const heeftFouten = Object.keys(fouten).length > 0;
  const veld = (naam: AanbodVeld) => ({ veld: naam, label: VELD_LABELS[naam], waarde: waarden[naam], fout: fouten[naam], onWijzig: wijzig });

  return (
    <form id={FORMULIER_ID} method="post" action="/api/aanbod" noValidate onSubmit={verstuur} onFocusIn={laadValidator} class="max-w-3xl">
      {melding && <Melding melding={melding} contact={contact} kopRef={heeftFouten ? undefined : kopRef} autoFocus={Boolean(serverMelding)} />}
      <FoutSamenvatting fouten={fouten} kopRef={kopRef} autoFocus={Object.keys(serverFouten).length > 0} />
      {teruggezet && (
        <div class="mb-6 flex flex-wrap items-center gap-3 bg-brand-50 p-4" role="status">
          <p>Wij hebben de antwoorden teruggezet die u eerder in deze browser invulde.</p>
          <button type="button" class="btn btn-secondary" onClick={beginOpnieuw}>
            Leeg formulier
          </button>
        </div>
      )}

      <fieldset class="mb-8">
        <legend class="mb-4 text-2xl font-bold text-brand-900">Uw organisatie</legend>
        <TekstVeld {...veld('organisatie')} autoComplete="organization" />
        <TekstVeld {...veld('kvk')} hint="8 cijfers, bijvoorbeeld 12345678" inputMode="numeric" breedte="max-w-[14rem]" />
        <KeuzeLijst {...veld('sector')} opties={sectoren} />
        <TekstVeld {...veld('postcode')} hint="Bijvoorbeeld 1234 AB" autoComplete="postal-code" breedte="max-w-[10rem]" />
        <TekstVeld {...veld('plaats')} autoComplete="address-level2" />
      </fieldset>

      <fieldset class="mb-8">
        <legend class="mb-4 text-2xl font-bold text-brand-900">Contactpersoon</legend>
        <TekstVeld {...veld('contactpersoon')} autoComplete="name" />
        <TekstVeld {...veld('email')} type="email" autoComplete="email" spellcheck={false} />
        <TekstVeld {...veld('telefoon')} type="tel" autoComplete="tel" hint="Bijvoorbeeld 06 12345678 of +31 20 1234567" breedte="max-w-[18rem]" />
      </fieldset>

      <fieldset class="mb-8">
        <legend class="mb-4 text-2xl font-bold text-brand-900">De werkervaringsplaats</legend>
        <TekstVeld {...veld('functie')} hint="Bijvoorbeeld: medewerker magazijn of administratief medewerker" />
        <TekstVak {...veld('werkzaamheden')} hint="Wat gaat de kandidaat doen? Minstens 20 tekens." rijen={6} />
        <TekstVeld {...veld('uren_per_week')} hint="Een heel getal van 4 tot en met 40" inputMode="numeric" breedte="max-w-[8rem]" />
        <TekstVeld {...veld('startdatum')} type="date" optioneel hint="Vandaag of later" breedte="max-w-[14rem]" />
        <TekstVeld {...veld('duur_weken')} optioneel hint="Een heel getal van 4 tot en met 52. Een plaatsing duurt vaak ongeveer drie maanden (13 weken; praktijk in 2025)." inputMode="numeric" breedte="max-w-[8rem]" />
        <RadioGroep {...veld('begeleider')} keuzes={KEUZES.begeleider} hint="Een vaste collega die de kandidaat helpt en aanspreekpunt is." />
        <RadioGroep {...veld('reiskosten')} keuzes={KEUZES.reiskosten} />
        <RadioGroep {...veld('doorstroom')} keuzes={KEUZES.doorstroom} hint="Bijvoorbeeld een detachering of een arbeidscontract na de werkervaringsplaats." />
        <TekstVak {...veld('aanpassingen')} optioneel hint="Bijvoorbeeld aangepaste werktijden, een rustige werkplek of hulpmiddelen." rijen={3} />
        <TekstVak {...veld('opmerkingen')} optioneel rijen={3} />
      </fieldset>

      <Toestemming veld="privacy" waarde={waarden.privacy} fout={fouten.privacy} onWijzig={wijzig}>
        Ik geef toestemming om deze gegevens te gebruiken voor het bespreken van dit aanbod, zoals beschreven in de{' '}
        <a href="/privacy/">privacyverklaring</a>.
      </Toestemming>

      <div class="absolute -left-[10000px] h-px w-px overflow-hidden" aria-hidden="true">
        <label for="veld-website">Laat dit veld leeg</label>
        <input id="veld-website" name="website" type="text" tabIndex={-1} autoComplete="off" value={waarden.website} onInput={(e) => wijzig('website' as AanbodVeld, e.currentTarget.value)} />
      </div>

      <input type="hidden" name="referentie" value={waarden.referentie} />

      <button type="submit" class="btn" disabled={bezig} aria-disabled={bezig ? 'true' : undefined}>
        {bezig ? 'Bezig met versturen…' : 'Aanbod versturen'}
      </button>
    </form>
  );
}
