// A multiselect that must have a choice. fields.multiselect() in Keystatic 0.6.9 has no validation and no required
// marker, so an article without "Voor wie" was saved and only the build refused it. This is the same field (same
// parse and serialise, so files stay the same) with Keystar's CheckboxGroup as its input: a "*" like the other required
// fields, and a Dutch message when the editor tries to save without a choice.
import { fields } from '@keystatic/core';
import { Checkbox, CheckboxGroup } from '@keystar/ui/checkbox';
import { createElement } from 'react';

interface Options {
  label: string;
  description: string;
  options: { label: string; value: string }[];
  /** Shown under the group when nothing is chosen, e.g. "Kies voor wie het artikel is." */
  message: string;
}

interface InputProps {
  value: readonly string[];
  onChange(value: string[]): void;
  forceValidation?: boolean;
}

export function requiredMultiselect(options: Options) {
  const base = fields.multiselect({ label: options.label, description: options.description, options: options.options });
  return {
    ...base,
    Input(props: InputProps) {
      const invalid = !!props.forceValidation && props.value.length === 0;
      return createElement(CheckboxGroup, {
        label: options.label,
        description: options.description,
        isRequired: true,
        value: [...props.value],
        onChange: (value: string[]) => props.onChange(value),
        errorMessage: invalid ? options.message : undefined,
        children: options.options.map((option) =>
          createElement(Checkbox, { key: option.value, value: option.value }, option.label),
        ),
      });
    },
    validate(value: readonly string[]) {
      if (value.length === 0) throw new Error(options.message);
      return base.validate(value);
    },
  };
}
