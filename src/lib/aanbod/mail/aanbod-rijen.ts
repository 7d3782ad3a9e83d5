import type { Aanbod } from '../schema';
import { formatDutchDate } from '../../site/dates';
import { KEUZES, VELD_LABELS, type AanbodVeld } from '../velden';

/** One row of the offer table: the field label and the value as a person should read it. */
export interface AanbodRij {
  veld: AanbodVeld;
  label: string;
  waarde: string;
}


/** Turns a valid offer into readable rows, in form order; empty optional fields read "Niet ingevuld". */
export function aanbodRijen(aanbod: Aanbod, sectorNaam: (id: string) => string): AanbodRij[] {
  const leeg = 'Niet ingevuld';
  const waarden: Record<AanbodVeld, string> = {
    organisatie: aanbod.organisatie,
    kvk: aanbod.kvk,
    sector: sectorNaam(aanbod.sector),
    postcode: aanbod.postcode,
    plaats: aanbod.plaats,
    contactpersoon: aanbod.contactpersoon,
    email: aanbod.email,
    telefoon: aanbod.telefoon,
    functie: aanbod.functie,
    werkzaamheden: aanbod.werkzaamheden,
    uren_per_week: `${aanbod.uren_per_week} uur`,
    startdatum: aanbod.startdatum ? formatDutchDate(new Date(`${aanbod.startdatum}T00:00:00Z`)) : leeg,
    duur_weken: aanbod.duur_weken === undefined ? leeg : `${aanbod.duur_weken} weken`,
    begeleider: KEUZES.begeleider[aanbod.begeleider],
    reiskosten: KEUZES.reiskosten[aanbod.reiskosten],
    doorstroom: KEUZES.doorstroom[aanbod.doorstroom],
    aanpassingen: aanbod.aanpassingen ?? leeg,
    opmerkingen: aanbod.opmerkingen ?? leeg,
    privacy: 'Gegeven',
  };
  return (Object.keys(waarden) as AanbodVeld[]).map((veld) => ({ veld, label: VELD_LABELS[veld], waarde: waarden[veld] }));
}
