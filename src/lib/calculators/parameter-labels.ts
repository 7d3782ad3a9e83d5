// The Dutch label and unit of every calculator parameter, by its key in the yearly file, made from the registry.
import {
  ESTIMATE_PARAMETERS,
  STATUTORY_PARAMETERS,
  type EstimateKey,
  type ParameterUnit,
  type StatutoryKey,
} from './parameter-registry';

/** How a parameter is named and formatted on the page. */
export interface ParameterLabel {
  label: string;
  unit: ParameterUnit;
}

const labelsOf = <K extends string>(parameters: readonly { dutchKey: K; label: string; unit: ParameterUnit }[]) =>
  Object.fromEntries(parameters.map(({ dutchKey, label, unit }) => [dutchKey, { label, unit }])) as Record<
    K,
    ParameterLabel
  >;

/** Labels of the amounts under `wettelijk`. */
export const statutoryLabels: Record<StatutoryKey, ParameterLabel> = labelsOf(STATUTORY_PARAMETERS);

/** Labels of the estimates under `schattingen`. */
export const estimateLabels: Record<EstimateKey, ParameterLabel> = labelsOf(ESTIMATE_PARAMETERS);
