import { parseDate, type CalendarDate } from "@internationalized/date";
import { DateField, DateInput, DateSegment, FieldError, Label, Text } from "react-aria-components";

interface Props {
  label: string;
  name: string;
  /** "AAAA-MM-JJ", as the graph's Date scalar. */
  valeur?: string | null;
  onChange?: (valeur: string | null) => void;
  isRequired?: boolean;
  isDisabled?: boolean;
  aide?: string;
  erreur?: string | null;
}

/**
 * A date typed as the seeds show it, « jj/mm/aaaa », one segment per part (arrows change a
 * segment, digits fill it), read and written as the graph's "AAAA-MM-JJ" (no time zone, no Date
 * object). The form submits it under `name` in that format.
 */
export function ChampDate({ label, name, valeur, onChange, isRequired, isDisabled, aide, erreur }: Props) {
  const value: CalendarDate | null = valeur ? parseDate(valeur) : null;
  return (
    <DateField
      className="sigma-champ"
      name={name}
      value={onChange ? value : undefined}
      defaultValue={onChange ? undefined : value}
      onChange={onChange ? (next) => onChange(next ? next.toString() : null) : undefined}
      isRequired={isRequired}
      isDisabled={isDisabled}
      isInvalid={Boolean(erreur)}
      validationBehavior="aria"
    >
      <Label>
        {label}
        {isRequired ? <span aria-hidden="true"> *</span> : null}
      </Label>
      {aide ? (
        <Text slot="description" className="sigma-champ__aide">
          {aide}
        </Text>
      ) : null}
      <DateInput className="sigma-date">{(segment) => <DateSegment segment={segment} className="sigma-date__segment" />}</DateInput>
      <FieldError className="sigma-champ__erreur">{erreur}</FieldError>
    </DateField>
  );
}
