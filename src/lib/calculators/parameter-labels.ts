import type { EstimateKey, StatutoryKey } from '../../schemas/calculator-parameters';

/** How a parameter is named and formatted on the page. */
export interface ParameterLabel {
  label: string;
  unit: 'euro' | 'percent' | 'years';
}

export const statutoryLabels: Record<StatutoryKey, ParameterLabel> = {
  minimumUurloon: { label: 'Wettelijk minimumuurloon (21 jaar en ouder)', unit: 'euro' },
  maximumDagloon: { label: 'Maximumdagloon', unit: 'euro' },
  ziektewetPercentage: { label: 'Ziektewet-uitkering, minimaal percentage van het dagloon', unit: 'percent' },
  lkvUurbedrag: { label: 'Loonkostenvoordeel arbeidsgehandicapte werknemer, per verloond uur', unit: 'euro' },
  lkvJaarMaximum: { label: 'Loonkostenvoordeel arbeidsgehandicapte werknemer, maximum per jaar', unit: 'euro' },
  lkvJaren: { label: 'Loonkostenvoordeel arbeidsgehandicapte werknemer, aantal jaren', unit: 'years' },
  reiskostenPerKm: { label: 'Onbelaste reiskostenvergoeding per kilometer', unit: 'euro' },
};

export const estimateLabels: Record<EstimateKey, ParameterLabel> = {
  werkgeverslastenPercentage: { label: 'Werkgeverslasten bovenop het loon', unit: 'percent' },
  kostenPerAanname: { label: 'Wervingskosten per nieuwe medewerker', unit: 'euro' },
  kostenPerVerzuimdag: { label: 'Totale kosten van één verzuimdag', unit: 'euro' },
  kosten2eSpoorTraject: { label: 'Prijs van een 2e-spoortraject', unit: 'euro' },
  aandeelLoonsancties: { label: 'Toetsingen van het re-integratieverslag met een loonsanctie', unit: 'percent' },
};
