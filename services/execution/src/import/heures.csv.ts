import { badInput } from "@sigma/kit/errors/errors";
import type { AbsenceInput, SaisieHeuresInput } from "../declaration/saisie.input.js";
import { LieuFormation } from "../stagiaire/stagiaire.enums.js";
import { checkColonnes, code, date, heures, ouiNon, texte } from "./csv-valeurs.js";

/**
 * The month's hours file: a HEURES line per trainee (the six columns of « Suivi horaire »), and
 * an ABSENCE line per absence period (début, fin, motif, lieu, justifiée, heures). A trainee is
 * named by nom, prénom and date de naissance.
 */
export const COLONNES_HEURES = [
  "type", "nom", "prenom", "dateNaissance",
  "heuresRealiseesCentre", "heuresNonRealiseesJustifieesCentre", "heuresNonRealiseesNonJustifieesCentre",
  "heuresRealiseesEntreprise", "heuresNonRealiseesJustifieesEntreprise", "heuresNonRealiseesNonJustifieesEntreprise",
  "debut", "fin", "motif", "lieu", "justifiee", "heures",
];
const HEURES = COLONNES_HEURES.slice(4, 10) as (keyof SaisieHeuresInput)[];

export function checkColonnesHeures(colonnes: string[]): void {
  checkColonnes(colonnes, COLONNES_HEURES, ["type", "nom", "prenom", ...HEURES]);
}

/** Who a line is about: nom|prénom|date de naissance, case-insensitive. */
export const cleStagiaire = (nom: string, prenom: string, dateNaissance: string | null): string =>
  `${nom.trim().toUpperCase()}|${prenom.trim().toUpperCase()}|${dateNaissance ?? ""}`;

export type LigneHeures =
  | { type: "HEURES"; cle: string; heures: Omit<SaisieHeuresInput, "stagiaireId" | "mois" | "absences"> }
  | { type: "ABSENCE"; cle: string; absence: AbsenceInput };

export function ligneHeures(valeurs: Record<string, string>): LigneHeures {
  const type = (valeurs.type ?? "").toUpperCase();
  const cle = cleStagiaire(valeurs.nom ?? "", valeurs.prenom ?? "", date(valeurs.dateNaissance ?? "", "dateNaissance") as string | null);
  if (type === "HEURES") {
    const values = Object.fromEntries(HEURES.map((c) => [c, heures(valeurs[c] ?? "", c) ?? 0]));
    return { type, cle, heures: values as Omit<SaisieHeuresInput, "stagiaireId" | "mois" | "absences"> };
  }
  if (type === "ABSENCE") {
    const required = (colonne: string, value: unknown) => {
      if (value === null || value === undefined) throw badInput(`${colonne} : obligatoire sur une ligne ABSENCE.`, colonne);
      return value;
    };
    return {
      type,
      cle,
      absence: {
        dateDebut: required("debut", date(valeurs.debut ?? "", "debut")) as string,
        dateFin: required("fin", date(valeurs.fin ?? "", "fin")) as string,
        motif: required("motif", texte(valeurs.motif ?? "", "motif")) as string,
        lieu: required("lieu", code(LieuFormation)(valeurs.lieu ?? "", "lieu")) as LieuFormation,
        justifiee: required("justifiee", ouiNon(valeurs.justifiee ?? "", "justifiee")) as boolean,
        heures: required("heures", heures(valeurs.heures ?? "", "heures")) as number,
      },
    };
  }
  throw badInput(`type : « ${valeurs.type ?? ""} » doit valoir HEURES ou ABSENCE.`, "type");
}
