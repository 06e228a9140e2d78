import { firstDayOf, frDate, frMonth } from "@sigma/kit/dates/calendar";
import { badInput, conflict } from "@sigma/kit/errors/errors";
import { StatutAction } from "../action/statut-action.enum.js";
import type { ActionReference, TypeAction } from "../catalogue/action-reference.client.js";
import { OrganismeRemuneration } from "./stagiaire.enums.js";
import type { ParcoursInput, StagiaireInput } from "./stagiaire.input.js";

/** The fields marked * on seed 001 § 3.2's two tabs, with the label the form shows. */
const IDENTITE: [keyof StagiaireInput, string][] = [
  ["civilite", "Civilité"], ["nom", "Nom"], ["prenom", "Prénom"], ["dateNaissance", "Date de naissance"], ["sexe", "Sexe"],
  ["adresse", "Adresse"], ["codePostal", "Code postal"], ["dateEntree", "Date d'entrée"],
  ["organismeRemuneration", "Organisme chargé de la rémunération du stagiaire"], ["niveauEntree", "Niveau à l'entrée en stage"],
  ["trancheAge", "Tranche d'âge"], ["dureeChomage", "Durée de chômage"], ["prescripteur", "Prescripteur"], ["beneficiaireRmi", "Bénéficiaire RMI"],
];
const PARCOURS: [keyof ParcoursInput, string][] = [
  ["parcoursEnvisage", "Parcours professionnel envisagé"], ["heuresCentre", "Nombre d'heures en centre"],
  ["heuresEntreprise", "Nombre d'heures en entreprise"], ["nombrePeriodesEntreprise", "Nombre de périodes en entreprise"],
  ["modulesEnseignementGeneral", "Modules d'enseignement général"], ["modulesEnseignementProfessionnel", "Modules d'enseignement professionnel"],
  ["objectifsPeriodesEntreprise", "Objectifs des périodes en entreprise"], ["objectifsFormation", "Objectifs de formation définis"],
  ["vaeEnvisagee", "Recours à la Validation des Acquis de l'Expérience envisagé"], ["dateDebut", "Date de début du parcours"], ["dateFin", "Date de fin du parcours"],
];
const LENGTHS: [keyof StagiaireInput, number, string][] = [
  ["nom", 100, "Nom"], ["prenom", 100, "Prénom"], ["categorieSocioProfessionnelle", 100, "Catégorie socio-professionnelle"],
  ["adresse", 255, "Adresse"], ["autreAdresse", 255, "Autre adresse"], ["ville", 100, "Ville"],
  ["adresseFormation", 255, "Adresse pendant la formation"], ["autreAdresseFormation", 255, "Autre adresse pendant la formation"],
  ["villeFormation", 100, "Ville pendant la formation"],
];
const CODE_POSTAL = /^\d{5}$/;
const CODE_INSEE = /^(\d{5}|2[AB]\d{3})$/;

const blank = (value: unknown) => value === null || value === undefined || (typeof value === "string" && value.trim() === "");
const clean = <T>(value: T): T | null => (typeof value === "string" ? ((value.trim() || null) as T | null) : (value ?? null));

/** Every field of each tab: a save replaces them all (a field left out is emptied). */
const CHAMPS_IDENTITE: Exclude<keyof StagiaireInput, "parcours">[] = [
  "civilite", "nom", "prenom", "dateNaissance", "sexe", "nationalite", "categorieSocioProfessionnelle", "adresse", "autreAdresse",
  "codePostal", "ville", "adresseFormation", "autreAdresseFormation", "codePostalFormation", "villeFormation", "codeInsee", "dateEntree",
  "organismeRemuneration", "niveauEntree", "trancheAge", "dureeChomage", "prescripteur", "beneficiaireRmi", "travailleurHandicape",
];
const CHAMPS_PARCOURS: Exclude<keyof ParcoursInput, "periodes">[] = [
  "parcoursEnvisage", "heuresCentre", "heuresEntreprise", "nombrePeriodesEntreprise", "modulesEnseignementGeneral",
  "modulesEnseignementProfessionnel", "objectifsPeriodesEntreprise", "objectifsFormation", "vaeEnvisagee", "dateDebut", "dateFin",
];

/** Trims every text and turns empty ones into null; every field present (null when left out): what is stored and checked. */
export function normaliser(input: StagiaireInput): StagiaireInput {
  const fiche = Object.fromEntries(CHAMPS_IDENTITE.map((key) => [key, clean(input[key])])) as unknown as StagiaireInput;
  fiche.nom = input.nom?.trim() ?? "";
  fiche.prenom = input.prenom?.trim() ?? "";
  const parcours = input.parcours;
  fiche.parcours = parcours
    ? ({ ...Object.fromEntries(CHAMPS_PARCOURS.map((key) => [key, clean(parcours[key])])), periodes: parcours.periodes ?? [] } as ParcoursInput)
    : null;
  return fiche;
}

/** Labels of the mandatory fields left empty (the path tab counts only for an individualised action). */
export function champsManquants(fiche: StagiaireInput, type: TypeAction): string[] {
  const missing = IDENTITE.filter(([key]) => blank(fiche[key])).map(([, label]) => label);
  if (type === "INDIVIDUALISEE") missing.push(...PARCOURS.filter(([key]) => blank(fiche.parcours?.[key])).map(([, label]) => label));
  return missing;
}

/** « Enregistrer » needs every mandatory field; « Valider les informations partielles » only a name. */
export function checkComplet(fiche: StagiaireInput, type: TypeAction, partiel: boolean): string[] {
  if (!fiche.nom || !fiche.prenom) throw badInput("Le nom et le prénom du stagiaire sont obligatoires, même pour une fiche partielle.", fiche.nom ? "prenom" : "nom");
  const missing = champsManquants(fiche, type);
  if (missing.length > 0 && !partiel) {
    throw badInput(`Fiche incomplète : renseignez ${missing.join(", ")}, ou utilisez « Valider les informations partielles ».`, "partiel");
  }
  return missing;
}

export interface ContexteFiche {
  dateFinPrevue: string;
  /** Null before opening. */
  dateDebutReelle: string | null;
  /** First month whose declaration is not confirmed (entries before it would change a frozen month); null before opening. */
  premierMoisOuvert: string | null;
  aujourdhui: string;
}

/** Each field's own validity, and the dates against the action's. */
export function checkFiche(fiche: StagiaireInput, contexte: ContexteFiche): void {
  for (const [key, max, label] of LENGTHS) {
    const value = fiche[key];
    if (typeof value === "string" && value.length > max) throw badInput(`Le champ « ${label} » ne peut dépasser ${max} caractères.`, key);
  }
  for (const key of ["codePostal", "codePostalFormation"] as const) {
    if (fiche[key] && !CODE_POSTAL.test(fiche[key]!)) throw badInput("Le code postal doit compter 5 chiffres.", key);
  }
  if (fiche.codeInsee && !CODE_INSEE.test(fiche.codeInsee)) throw badInput("Le code INSEE doit compter 5 caractères (ex. 34172, 2A004).", "codeInsee");
  if (fiche.dateNaissance && fiche.dateNaissance >= (fiche.dateEntree ?? contexte.aujourdhui)) {
    throw badInput(`La date de naissance (${frDate(fiche.dateNaissance)}) doit précéder la date d'entrée en formation.`, "dateNaissance");
  }
  const entree = fiche.dateEntree;
  if (entree && entree > contexte.dateFinPrevue) {
    throw badInput(`La date d'entrée (${frDate(entree)}) est postérieure à la date de fin prévue de l'action (${frDate(contexte.dateFinPrevue)}).`, "dateEntree");
  }
  if (entree && contexte.dateDebutReelle && entree < contexte.dateDebutReelle) {
    throw badInput(`La date d'entrée (${frDate(entree)}) précède la date de début réelle de l'action (${frDate(contexte.dateDebutReelle)}).`, "dateEntree");
  }
  if (entree && contexte.premierMoisOuvert && entree < firstDayOf(contexte.premierMoisOuvert)) {
    throw badInput(
      `La date d'entrée (${frDate(entree)}) tombe dans un mois dont la déclaration est confirmée : l'entrée ne peut être antérieure à ${frMonth(contexte.premierMoisOuvert)}.`,
      "dateEntree",
    );
  }
  if (fiche.parcours) checkParcours(fiche.parcours);
}

function checkParcours(parcours: ParcoursInput): void {
  for (const key of ["heuresCentre", "heuresEntreprise"] as const) {
    if ((parcours[key] ?? 0) < 0) throw badInput("Un nombre d'heures ne peut être négatif.", key);
  }
  const n = parcours.nombrePeriodesEntreprise;
  if (n !== null && n !== undefined && (n < 0 || n > 50)) throw badInput("Le nombre de périodes en entreprise doit être compris entre 0 et 50.", "nombrePeriodesEntreprise");
  if (parcours.dateDebut && parcours.dateFin && parcours.dateFin < parcours.dateDebut) {
    throw badInput(`La date de fin du parcours (${frDate(parcours.dateFin)}) précède sa date de début (${frDate(parcours.dateDebut)}).`, "parcours.dateFin");
  }
  const periodes = parcours.periodes ?? [];
  if (periodes.length > 100) throw badInput("Un parcours compte au plus 100 périodes.", "parcours.periodes");
  for (const periode of periodes) {
    if (periode.dateFin < periode.dateDebut) {
      throw badInput(`La période du ${frDate(periode.dateDebut)} au ${frDate(periode.dateFin)} se termine avant de commencer.`, "parcours.periodes");
    }
  }
}

export const estRemunere = (organisme: OrganismeRemuneration | null | undefined): boolean => !!organisme && organisme !== OrganismeRemuneration.AUCUN;

/** Seed 001 § 3.2: never more trainees than the effectif, nor more paid ones than the effectif rémunéré. */
export function checkEffectifs(autres: { remunere: boolean }[], remunere: boolean, action: Pick<ActionReference, "effectifTotal" | "effectifRemunere">): void {
  if (action.effectifTotal !== null && autres.length + 1 > action.effectifTotal) {
    throw conflict(`L'effectif de l'action (${action.effectifTotal} stagiaires) est atteint : aucun stagiaire de plus ne peut être inscrit.`);
  }
  const payes = autres.filter((s) => s.remunere).length;
  if (remunere && action.effectifRemunere !== null && payes + 1 > action.effectifRemunere) {
    throw conflict(`L'effectif rémunéré de l'action (${action.effectifRemunere} stagiaires) est atteint : ce stagiaire ne peut être déclaré rémunéré.`);
  }
}

/** Trainees are registered and changed while the action is waiting or running, never once it is over. */
export function checkActionInscriptible(statut: StatutAction): void {
  if (statut === StatutAction.CLOTUREE) throw conflict("L'action est clôturée : ses stagiaires ne se modifient plus.");
  if (statut === StatutAction.NON_OUVERTE) throw conflict("La non-ouverture de l'action a été déclarée : ses stagiaires ne se modifient plus.");
}

/** After opening and entry, a record changes only through a request the Région validates. */
export function estVerrouille(statut: StatutAction, dateEntree: string | null, aujourdhui: string): boolean {
  return statut !== StatutAction.AO && dateEntree !== null && dateEntree <= aujourdhui;
}

export const verrouille = () =>
  conflict(
    "Après l'ouverture de l'action et l'entrée du stagiaire en formation, sa fiche ne se modifie que par une demande de modification validée par le Conseil régional.",
  );
