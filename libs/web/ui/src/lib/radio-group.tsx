import { ChoiceGroup, type ChoiceGroupBase } from './choice-group';

export interface RadioGroupProps extends ChoiceGroupBase {
  value: string | undefined;
  onChange: (value: string) => void;
}

/** One answer among a few, in a fieldset whose legend asks the question. */
export function RadioGroup({ value, onChange, ...group }: RadioGroupProps) {
  return (
    <ChoiceGroup
      type="radio"
      {...group}
      isChecked={(option) => option === value}
      onToggle={(option, checked) => checked && onChange(option)}
    />
  );
}
