import { frDate } from "@sigma/kit/dates/calendar";
import { formatHundredthsFr } from "@sigma/kit/money/decimal";
import {
  CIVILITES, DUREES_CHOMAGE, NATIONALITES, NIVEAUX, ORGANISMES_REMUNERATION, PRESCRIPTEURS, SEXES, TRANCHES_AGE,
} from "./stagiaire.enums.js";
import type { ParcoursInput, StagiaireInput } from "./stagiaire.input.js";

type Champ = Exclude<keyof StagiaireInput, "parcours"> | `parcours.${Exclude<keyof ParcoursInput, "periodes">}`;

/** Every field of the two tabs with its label on the form, and how its value reads. */
const CHAMPS: [Champ, string, ((value: never) => string)?][] = [
  ["civilite", "Civilité", (v) => CIVILITES[v]], ["nom", "Nom"], ["prenom", "Prénom"], ["dateNaissance", "Date de naissance", frDate],
  ["sexe", "Sexe", (v) => SEXES[v]], ["nationalite", "Nationalité", (v) => NATIONALITES[v]],
  ["categorieSocioProfessionnelle", "Catégorie socio-professionnelle"], ["adresse", "Adresse"], ["autreAdresse", "Autre adresse"],
  ["codePostal", "Code postal"], ["ville", "Ville"], ["adresseFormation", "Adresse pendant la formation"],
  ["autreAdresseFormation", "Autre adresse pendant la formation"], ["codePostalFormation", "Code postal pendant la formation"],
  ["villeFormation", "Ville pendant la formation"], ["codeInsee", "Code Insee"], ["dateEntree", "Date d'entrée", frDate],
  ["organismeRemuneration", "Organisme chargé de la rémunération du stagiaire", (v) => ORGANISMES_REMUNERATION[v]],
  ["niveauEntree", "Niveau à l'entrée en stage", (v) => NIVEAUX[v]], ["trancheAge", "Tranche d'âge", (v) => TRANCHES_AGE[v]],
  ["dureeChomage", "Durée de chômage", (v) => DUREES_CHOMAGE[v]], ["prescripteur", "Prescripteur", (v) => PRESCRIPTEURS[v]],
  ["beneficiaireRmi", "Bénéficiaire RMI", ouiNon], ["travailleurHandicape", "Travailleur handicapé", ouiNon],
  ["parcours.parcoursEnvisage", "Parcours professionnel envisagé"], ["parcours.heuresCentre", "Nombre d'heures en centre", formatHundredthsFr],
  ["parcours.heuresEntreprise", "Nombre d'heures en entreprise", formatHundredthsFr],
  ["parcours.nombrePeriodesEntreprise", "Nombre de périodes en entreprise", String],
  ["parcours.modulesEnseignementGeneral", "Modules d'enseignement général"],
  ["parcours.modulesEnseignementProfessionnel", "Modules d'enseignement professionnel"],
  ["parcours.objectifsPeriodesEntreprise", "Objectifs des périodes en entreprise"], ["parcours.objectifsFormation", "Objectifs de formation définis"],
  ["parcours.vaeEnvisagee", "Recours à la VAE envisagé", ouiNon], ["parcours.dateDebut", "Date de début du parcours", frDate],
  ["parcours.dateFin", "Date de fin du parcours", frDate],
];

function ouiNon(value: boolean): string {
  return value ? "oui" : "non";
}

export interface Modification {
  champ: string;
  avant: string;
  apres: string;
}

function read(fiche: StagiaireInput, champ: Champ, format?: (value: never) => string): string {
  const value = champ.startsWith("parcours.")
    ? fiche.parcours?.[champ.slice(9) as Exclude<keyof ParcoursInput, "periodes">]
    : fiche[champ as Exclude<keyof StagiaireInput, "parcours">];
  if (value === null || value === undefined) return "";
  return format ? format(value as never) : String(value);
}

/** The recap of a request (seed 003's « Intitulé du champ / avant / après »): only the fields that change. */
export function modifications(avant: StagiaireInput, apres: StagiaireInput): Modification[] {
  const changes = CHAMPS.map(([champ, libelle, format]) => ({ champ: libelle, avant: read(avant, champ, format), apres: read(apres, champ, format) }))
    .filter((m) => m.avant !== m.apres);
  const periodes = (f: StagiaireInput) => (f.parcours?.periodes ?? []).map((p) => `${p.lieu} ${frDate(p.dateDebut)}-${frDate(p.dateFin)}`).join(", ");
  if (periodes(avant) !== periodes(apres)) changes.push({ champ: "Périodes du parcours", avant: periodes(avant), apres: periodes(apres) });
  return changes;
}
