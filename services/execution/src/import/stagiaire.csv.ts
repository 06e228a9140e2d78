import {
  Civilite, DureeChomage, Nationalite, NiveauEntree, OrganismeRemuneration, Prescripteur, Sexe, TrancheAge,
} from "../stagiaire/stagiaire.enums.js";
import type { ParcoursInput, StagiaireInput } from "../stagiaire/stagiaire.input.js";
import { checkColonnes, code, date, entier, heures, type Lecteur, ouiNon, texte } from "./csv-valeurs.js";

/** One column per field of the « Nouveau stagiaire » form, named as on the graph (StagiaireInput). */
const IDENTITE: Record<string, Lecteur> = {
  civilite: code(Civilite), nom: texte, prenom: texte, dateNaissance: date, sexe: code(Sexe), nationalite: code(Nationalite),
  categorieSocioProfessionnelle: texte, adresse: texte, autreAdresse: texte, codePostal: texte, ville: texte, adresseFormation: texte,
  autreAdresseFormation: texte, codePostalFormation: texte, villeFormation: texte, codeInsee: texte, dateEntree: date,
  organismeRemuneration: code(OrganismeRemuneration), niveauEntree: code(NiveauEntree), trancheAge: code(TrancheAge),
  dureeChomage: code(DureeChomage), prescripteur: code(Prescripteur), beneficiaireRmi: ouiNon, travailleurHandicape: ouiNon,
};
/** The individualised path (its periods are entered on the form). */
const PARCOURS: Record<string, Lecteur> = {
  parcoursEnvisage: texte, heuresCentre: heures, heuresEntreprise: heures, nombrePeriodesEntreprise: entier,
  modulesEnseignementGeneral: texte, modulesEnseignementProfessionnel: texte, objectifsPeriodesEntreprise: texte,
  objectifsFormation: texte, vaeEnvisagee: ouiNon, dateDebutParcours: date, dateFinParcours: date,
};
const PARCOURS_CHAMP: Record<string, keyof ParcoursInput> = { dateDebutParcours: "dateDebut", dateFinParcours: "dateFin" };

export const COLONNES_STAGIAIRES = [...Object.keys(IDENTITE), ...Object.keys(PARCOURS)];

export function checkColonnesStagiaires(colonnes: string[]): void {
  checkColonnes(colonnes, COLONNES_STAGIAIRES, ["nom", "prenom"]);
}

/** A line of the trainees' file as the form's input (cell errors refuse the line). */
export function stagiaireDeLigne(valeurs: Record<string, string>): StagiaireInput {
  const input: Record<string, unknown> = {};
  const parcours: Record<string, unknown> = {};
  for (const [colonne, valeur] of Object.entries(valeurs)) {
    if (colonne in IDENTITE) input[colonne] = IDENTITE[colonne]!(valeur, colonne);
    else parcours[PARCOURS_CHAMP[colonne] ?? colonne] = PARCOURS[colonne]!(valeur, colonne);
  }
  const hasParcours = Object.values(parcours).some((v) => v !== null);
  return { ...(input as unknown as StagiaireInput), nom: (input.nom as string) ?? "", prenom: (input.prenom as string) ?? "", parcours: hasParcours ? (parcours as ParcoursInput) : null };
}
