import { useId, type InputHTMLAttributes } from "react";

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, "id"> {
  /** The visible label (« Identifiant », « Code postal »…); « * » is added when required. */
  label: string;
  name: string;
  /** The message of a refused value: shown under the field and tied to it for screen readers. */
  erreur?: string | null | undefined;
  /** A hint under the label (« 10 caractères au moins »). */
  aide?: string;
}

/**
 * A labelled text field. Plain HTML on purpose: a native input with its label, hint and error
 * (aria-describedby, aria-invalid) is fully accessible and costs no JavaScript, so the shell's
 * first page (Identification) stays light; the component library serves tables, tabs, dialogs
 * and dates.
 */
export function Champ({ label, name, erreur, aide, required, ...input }: Props) {
  const id = useId();
  const described = [aide ? `${id}-aide` : "", erreur ? `${id}-erreur` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="sigma-champ">
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {aide ? (
        <span id={`${id}-aide`} className="sigma-champ__aide">
          {aide}
        </span>
      ) : null}
      <input id={id} name={name} required={required} aria-invalid={erreur ? true : undefined} aria-describedby={described} {...input} />
      {erreur ? (
        <span id={`${id}-erreur`} className="sigma-champ__erreur">
          {erreur}
        </span>
      ) : null}
    </div>
  );
}
