import { ChoiceGroup, type ChoiceGroupBase } from './choice-group';

export interface CheckboxGroupProps extends ChoiceGroupBase {
  value: readonly string[];
  onChange: (value: string[]) => void;
}

/** Any number of answers, in a fieldset whose legend asks the question. */
export function CheckboxGroup({ value, onChange, ...group }: CheckboxGroupProps) {
  return (
    <ChoiceGroup
      type="checkbox"
      {...group}
      isChecked={(option) => value.includes(option)}
      onToggle={(option, checked) =>
        onChange(checked ? [...value, option] : value.filter((v) => v !== option))
      }
    />
  );
}
