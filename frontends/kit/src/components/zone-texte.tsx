import { useId, type TextareaHTMLAttributes } from "react";

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> {
  label: string;
  name: string;
  erreur?: string | null | undefined;
  aide?: string;
}

/** A labelled multi-line field (observations, motif de rejet), with its hint and error tied to it. */
export function ZoneTexte({ label, name, erreur, aide, required, ...zone }: Props) {
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
      <textarea id={id} name={name} rows={4} required={required} aria-invalid={erreur ? true : undefined} aria-describedby={described} {...zone} />
      {erreur ? (
        <span id={`${id}-erreur`} className="sigma-champ__erreur">
          {erreur}
        </span>
      ) : null}
    </div>
  );
}
