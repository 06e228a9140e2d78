import { useId, type SelectHTMLAttributes } from "react";

interface Props extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "onChange"> {
  label: string;
  name: string;
  options: readonly { valeur: string; libelle: string }[];
  valeur: string;
  onChange: (valeur: string) => void;
  /** The first, empty option (« Choisir… »); none when the field always has a value. */
  vide?: string | null;
  erreur?: string | null | undefined;
}

/** A labelled list (native select: keyboard and screen readers for free), with its error tied to it. */
export function Choix({ label, name, options, valeur, onChange, vide = "Choisir…", erreur, required, ...select }: Props) {
  const id = useId();
  return (
    <div className="sigma-champ">
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <select
        id={id}
        name={name}
        value={valeur}
        required={required}
        aria-invalid={erreur ? true : undefined}
        aria-describedby={erreur ? `${id}-erreur` : undefined}
        onChange={(e) => onChange(e.target.value)}
        className="sigma-select"
        {...select}
      >
        {vide !== null ? <option value="">{vide}</option> : null}
        {options.map((o) => (
          <option key={o.valeur} value={o.valeur}>
            {o.libelle}
          </option>
        ))}
      </select>
      {erreur ? (
        <span id={`${id}-erreur`} className="sigma-champ__erreur">
          {erreur}
        </span>
      ) : null}
    </div>
  );
}

/** « oui / non » radios in a fieldset whose legend is the question (null: not answered). */
export function OuiNon({
  legende,
  name,
  valeur,
  onChange,
  required,
  erreur,
}: {
  legende: string;
  name: string;
  valeur: boolean | null;
  onChange: (valeur: boolean) => void;
  required?: boolean;
  erreur?: string | null | undefined;
}) {
  const id = useId();
  return (
    <fieldset className="sigma-champ sigma-oui-non" aria-describedby={erreur ? `${id}-erreur` : undefined} aria-invalid={erreur ? true : undefined}>
      <legend>
        {legende}
        {required ? <span aria-hidden="true"> *</span> : null}
      </legend>
      <div className="sigma-radios">
        <label>
          <input type="radio" name={name} checked={valeur === true} onChange={() => onChange(true)} /> oui
        </label>
        <label>
          <input type="radio" name={name} checked={valeur === false} onChange={() => onChange(false)} /> non
        </label>
      </div>
      {erreur ? (
        <span id={`${id}-erreur`} className="sigma-champ__erreur">
          {erreur}
        </span>
      ) : null}
    </fieldset>
  );
}
