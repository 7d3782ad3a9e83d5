// The assumptions every result of a calculator rests on, in plain Dutch. They do not change with the inputs, so the
// server renders them under the calculator ("Waar deze uitkomst op rust") and the islands do not carry them.
import { formatNumber } from '../format/numbers';
import type { YearParameters } from './year-parameters';

/** Werkervaringsplaats: what the host pays, what the work is worth, and why the unpaid wage is no gain. */
export function placementAssumptions(): string[] {
  return [
    'De kandidaat blijft in dienst bij de eigen werkgever, die het loon doorbetaalt. Dat loon telt hier niet als opbrengst: een werkervaringsplaats is geen gratis personeel.',
    'De waarde van het werk hangt af van uw eigen inschatting van de productiviteit. Hoeveel de kandidaat echt doet, merkt u pas in de praktijk.',
    'Reiskosten en aanpassingen tellen alleen mee als u hebt afgesproken dat u ze betaalt.',
    'Neemt u de kandidaat in dienst na de wachttijd van 104 weken (regel sinds 2004)? Dan kunnen de no-riskpolis en het loonkostenvoordeel gelden.',
  ];
}

/** No-riskpolis: when the policy applies to a former 2e spoor candidate. */
export function noRiskPolicyAssumptions(): string[] {
  return [
    'De no-riskpolis geldt voor een 2e-spoorkandidaat alleen als het contract bij u begint na de wachttijd van 104 weken (regel sinds 2004).',
    'Voor een 2e-spoorkandidaat komt de no-riskpolis meestal doordat UWV na de wachttijd minder dan 35 procent arbeidsongeschiktheid vaststelt en de polis in zijn brief noemt (stand 2026).',
    'De Ziektewet-uitkering verrekent u met het loon dat u doorbetaalt: het is geld dat u terugkrijgt, geen extra inkomen (stand 2026).',
    'Het loonkostenvoordeel vraagt een doelgroepverklaring van UWV.',
  ];
}

/** Verzuimkosten: the sanction as a risk with its published figures, what UWV checks, and why no saving is shown. */
export function absenceCostsAssumptions(p: YearParameters): string[] {
  return [
    `Een loonsanctie is een risico, geen zekerheid. In een onderzoek van UWV uit ${p.sanctionShareYear} volgde na ${formatNumber(p.sanctionShare)} procent van de toetsingen van het re-integratieverslag een loonsanctie, en bij ${formatNumber(p.lateReintegrationShare)} procent van die sancties was de re-integratie niet, te laat of verkeerd ingezet. Dat zijn gemiddelden over alle werkgevers, geen kans voor uw situatie.`,
    `Hoeveel een 2e spoor de kans op een loonsanctie verlaagt, staat in geen bron die wij vonden (stand ${p.year}). Daarom rekenen we met een 2e spoor geen besparing uit en ook geen verlies: het traject staat hier als kosten en de sanctie als slechtste geval.`,
    `UWV kijkt bij de WIA-aanvraag in het re-integratieverslag of u en uw werknemer genoeg hebben gedaan, in beide sporen: de probleemanalyse, het plan van aanpak en de bijstellingen, de evaluaties, de eerstejaarsevaluatie, het oordeel van de bedrijfsarts, de eindevaluatie en de mening van uw werknemer (stand ${p.year}).`,
    `Is terugkeer bij uw eigen organisatie niet realistisch, dan verwacht UWV een 2e spoor (stand ${p.year}). Geld is dan niet de enige afweging.`,
  ];
}
