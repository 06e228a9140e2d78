import { formatDate } from "@sigma/ui-kit/lib/format";
import { CODE_POSTAL, versEntier, versHeures, versSaisie, type Erreurs } from "@sigma/ui-kit/lib/saisie";
import type { LieuFormation, StagiaireInput, TypeAction } from "../../../gql/graphql";

/**
 * Seed 001 § 3.2's trainee form (« Identité générale » and « Définition de parcours »), held as
 * typed text and checked as execution checks it (stagiaire.rules.ts, same messages).
 */
export interface Periode {
  lieu: LieuFormation;
  dateDebut: string | null;
  dateFin: string | null;
}

export interface Fiche {
  civilite: string;
  nom: string;
  prenom: string;
  dateNaissance: string | null;
  sexe: string;
  nationalite: string;
  categorieSocioProfessionnelle: string;
  adresse: string;
  autreAdresse: string;
  codePostal: string;
  ville: string;
  adresseFormation: string;
  autreAdresseFormation: string;
  codePostalFormation: string;
  villeFormation: string;
  codeInsee: string;
  dateEntree: string | null;
  organismeRemuneration: string;
  niveauEntree: string;
  trancheAge: string;
  dureeChomage: string;
  prescripteur: string;
  beneficiaireRmi: boolean | null;
  travailleurHandicape: boolean | null;
  parcoursEnvisage: string;
  heuresCentre: string;
  heuresEntreprise: string;
  nombrePeriodesEntreprise: string;
  modulesEnseignementGeneral: string;
  modulesEnseignementProfessionnel: string;
  objectifsPeriodesEntreprise: string;
  objectifsFormation: string;
  vaeEnvisagee: boolean | null;
  dateDebutParcours: string | null;
  dateFinParcours: string | null;
  periodes: Periode[];
}

export const FICHE_VIDE: Fiche = {
  civilite: "", nom: "", prenom: "", dateNaissance: null, sexe: "", nationalite: "FRANCAISE", categorieSocioProfessionnelle: "",
  adresse: "", autreAdresse: "", codePostal: "", ville: "", adresseFormation: "", autreAdresseFormation: "", codePostalFormation: "",
  villeFormation: "", codeInsee: "", dateEntree: null, organismeRemuneration: "", niveauEntree: "", trancheAge: "", dureeChomage: "",
  prescripteur: "", beneficiaireRmi: null, travailleurHandicape: null, parcoursEnvisage: "", heuresCentre: "", heuresEntreprise: "",
  nombrePeriodesEntreprise: "", modulesEnseignementGeneral: "", modulesEnseignementProfessionnel: "", objectifsPeriodesEntreprise: "",
  objectifsFormation: "", vaeEnvisagee: null, dateDebutParcours: null, dateFinParcours: null, periodes: [],
};

/** The fields marked * with the label the form shows (the server's list, in its order). */
const IDENTITE: [keyof Fiche, string][] = [
  ["civilite", "Civilité"], ["nom", "Nom"], ["prenom", "Prénom"], ["dateNaissance", "Date de naissance"], ["sexe", "Sexe"],
  ["adresse", "Adresse"], ["codePostal", "Code postal"], ["dateEntree", "Date d'entrée"],
  ["organismeRemuneration", "Organisme chargé de la rémunération du stagiaire"], ["niveauEntree", "Niveau à l'entrée en stage"],
  ["trancheAge", "Tranche d'âge"], ["dureeChomage", "Durée de chômage"], ["prescripteur", "Prescripteur"], ["beneficiaireRmi", "Bénéficiaire RMI"],
];
const PARCOURS: [keyof Fiche, string][] = [
  ["parcoursEnvisage", "Parcours professionnel envisagé"], ["heuresCentre", "Nombre d'heures en centre"],
  ["heuresEntreprise", "Nombre d'heures en entreprise"], ["nombrePeriodesEntreprise", "Nombre de périodes en entreprise"],
  ["modulesEnseignementGeneral", "Modules d'enseignement général"], ["modulesEnseignementProfessionnel", "Modules d'enseignement professionnel"],
  ["objectifsPeriodesEntreprise", "Objectifs des périodes en entreprise"], ["objectifsFormation", "Objectifs de formation définis"],
  ["vaeEnvisagee", "Recours à la Validation des Acquis de l'Expérience envisagé"], ["dateDebutParcours", "Date de début du parcours"], ["dateFinParcours", "Date de fin du parcours"],
];
export const CHAMPS_PARCOURS = new Set(PARCOURS.map(([champ]) => champ));

const vide = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

export function champsManquants(fiche: Fiche, type: TypeAction): [keyof Fiche, string][] {
  return [...IDENTITE, ...(type === "INDIVIDUALISEE" ? PARCOURS : [])].filter(([champ]) => vide(fiche[champ]));
}

export interface ContexteFiche {
  type: TypeAction;
  dateFinPrevue: string;
  dateDebutReelle: string | null;
}

const LONGUEURS: [keyof Fiche, number, string][] = [
  ["nom", 100, "Nom"], ["prenom", 100, "Prénom"], ["categorieSocioProfessionnelle", 100, "Catégorie socio-professionnelle"],
  ["adresse", 255, "Adresse"], ["autreAdresse", 255, "Autre adresse"], ["ville", 100, "Ville"],
  ["adresseFormation", 255, "Adresse pendant la formation"], ["autreAdresseFormation", 255, "Autre adresse pendant la formation"],
  ["villeFormation", 100, "Ville pendant la formation"],
];

/**
 * Field → message. « Enregistrer » (partiel false) needs every * field; « Valider les informations
 * partielles » only the name. The key "fiche" carries the message about the whole record.
 */
export function validerFiche(fiche: Fiche, contexte: ContexteFiche, partiel: boolean): Erreurs {
  const erreurs: Erreurs = {};
  if (!fiche.nom.trim() || !fiche.prenom.trim()) {
    erreurs[fiche.nom.trim() ? "prenom" : "nom"] = "Le nom et le prénom du stagiaire sont obligatoires, même pour une fiche partielle.";
  }
  const manquants = champsManquants(fiche, contexte.type);
  if (!partiel && manquants.length && !erreurs.nom && !erreurs.prenom) {
    erreurs.fiche = `Fiche incomplète : renseignez ${manquants.map(([, l]) => l).join(", ")}, ou utilisez « Valider les informations partielles ».`;
    for (const [champ] of manquants) erreurs[champ] = "Champ obligatoire.";
  }
  for (const [champ, max, label] of LONGUEURS) {
    const v = fiche[champ];
    if (typeof v === "string" && v.trim().length > max) erreurs[champ] = `Le champ « ${label} » ne peut dépasser ${max} caractères.`;
  }
  for (const champ of ["codePostal", "codePostalFormation"] as const) {
    if (fiche[champ].trim() && !CODE_POSTAL.test(fiche[champ].trim())) erreurs[champ] = "Le code postal doit compter 5 chiffres.";
  }
  if (fiche.codeInsee.trim() && !/^(\d{5}|2[AB]\d{3})$/.test(fiche.codeInsee.trim())) erreurs.codeInsee = "Le code INSEE doit compter 5 caractères (ex. 34172, 2A004).";
  if (fiche.dateNaissance && fiche.dateEntree && fiche.dateNaissance >= fiche.dateEntree) {
    erreurs.dateNaissance = `La date de naissance (${formatDate(fiche.dateNaissance)}) doit précéder la date d'entrée en formation.`;
  }
  const entree = fiche.dateEntree;
  if (entree && entree > contexte.dateFinPrevue) {
    erreurs.dateEntree = `La date d'entrée (${formatDate(entree)}) est postérieure à la date de fin prévue de l'action (${formatDate(contexte.dateFinPrevue)}).`;
  } else if (entree && contexte.dateDebutReelle && entree < contexte.dateDebutReelle) {
    erreurs.dateEntree = `La date d'entrée (${formatDate(entree)}) précède la date de début réelle de l'action (${formatDate(contexte.dateDebutReelle)}).`;
  }
  for (const champ of ["heuresCentre", "heuresEntreprise"] as const) {
    const texte = fiche[champ].trim();
    if (texte && versHeures(texte) === null) {
      erreurs[champ] = texte.startsWith("-") ? "Un nombre d'heures ne peut être négatif." : "Nombre d'heures invalide : indiquez un nombre avec au plus deux décimales (ex. 35,50).";
    }
  }
  const n = fiche.nombrePeriodesEntreprise.trim();
  if (n && (versEntier(n) === null || versEntier(n)! > 50)) erreurs.nombrePeriodesEntreprise = "Le nombre de périodes en entreprise doit être compris entre 0 et 50.";
  if (fiche.dateDebutParcours && fiche.dateFinParcours && fiche.dateFinParcours < fiche.dateDebutParcours) {
    erreurs.dateFinParcours = `La date de fin du parcours (${formatDate(fiche.dateFinParcours)}) précède sa date de début (${formatDate(fiche.dateDebutParcours)}).`;
  }
  fiche.periodes.forEach((p, i) => {
    if (!p.dateDebut || !p.dateFin) erreurs[`periodes.${i}`] = "Indiquez la date de début et la date de fin de la période.";
    else if (p.dateFin < p.dateDebut) erreurs[`periodes.${i}`] = `La période du ${formatDate(p.dateDebut)} au ${formatDate(p.dateFin)} se termine avant de commencer.`;
  });
  return erreurs;
}

const t = (v: string) => (v.trim() ? v.trim() : null);
/** A closed list's code chosen in a select (its options are the enum's values), null when none. */
const e = (v: string) => (v ? (v as never) : null);

/** The whole record as the graph's StagiaireInput (every field: a save replaces them all). */
export function versStagiaireInput(f: Fiche): StagiaireInput {
  return {
    civilite: e(f.civilite), nom: f.nom.trim(), prenom: f.prenom.trim(), dateNaissance: f.dateNaissance, sexe: e(f.sexe),
    nationalite: e(f.nationalite), categorieSocioProfessionnelle: t(f.categorieSocioProfessionnelle), adresse: t(f.adresse),
    autreAdresse: t(f.autreAdresse), codePostal: t(f.codePostal), ville: t(f.ville), adresseFormation: t(f.adresseFormation),
    autreAdresseFormation: t(f.autreAdresseFormation), codePostalFormation: t(f.codePostalFormation), villeFormation: t(f.villeFormation),
    codeInsee: t(f.codeInsee), dateEntree: f.dateEntree, organismeRemuneration: e(f.organismeRemuneration), niveauEntree: e(f.niveauEntree),
    trancheAge: e(f.trancheAge), dureeChomage: e(f.dureeChomage), prescripteur: e(f.prescripteur), beneficiaireRmi: f.beneficiaireRmi,
    travailleurHandicape: f.travailleurHandicape,
    parcours: {
      parcoursEnvisage: t(f.parcoursEnvisage), heuresCentre: versHeures(f.heuresCentre), heuresEntreprise: versHeures(f.heuresEntreprise),
      nombrePeriodesEntreprise: versEntier(f.nombrePeriodesEntreprise), modulesEnseignementGeneral: t(f.modulesEnseignementGeneral),
      modulesEnseignementProfessionnel: t(f.modulesEnseignementProfessionnel), objectifsPeriodesEntreprise: t(f.objectifsPeriodesEntreprise),
      objectifsFormation: t(f.objectifsFormation), vaeEnvisagee: f.vaeEnvisagee, dateDebut: f.dateDebutParcours, dateFin: f.dateFinParcours,
      periodes: f.periodes.filter((p) => p.dateDebut && p.dateFin).map((p) => ({ lieu: p.lieu, dateDebut: p.dateDebut!, dateFin: p.dateFin! })),
    },
  };
}

type Lu = { [K in keyof StagiaireInput]?: StagiaireInput[K] | null } & {
  parcours?: {
    parcoursEnvisage?: string | null; heuresCentre?: string | null; heuresEntreprise?: string | null; nombrePeriodesEntreprise?: number | null;
    modulesEnseignementGeneral?: string | null; modulesEnseignementProfessionnel?: string | null; objectifsPeriodesEntreprise?: string | null;
    objectifsFormation?: string | null; vaeEnvisagee?: boolean | null; dateDebut?: string | null; dateFin?: string | null;
    periodes: readonly { lieu: LieuFormation; dateDebut: string; dateFin: string }[];
  } | null;
};

/** A record the graph sent, back into the form. */
export function depuisStagiaire(s: Lu): Fiche {
  const p = s.parcours;
  const txt = (v: string | null | undefined) => v ?? "";
  return {
    ...FICHE_VIDE,
    civilite: txt(s.civilite), nom: txt(s.nom), prenom: txt(s.prenom), dateNaissance: s.dateNaissance ?? null, sexe: txt(s.sexe),
    nationalite: txt(s.nationalite), categorieSocioProfessionnelle: txt(s.categorieSocioProfessionnelle), adresse: txt(s.adresse),
    autreAdresse: txt(s.autreAdresse), codePostal: txt(s.codePostal), ville: txt(s.ville), adresseFormation: txt(s.adresseFormation),
    autreAdresseFormation: txt(s.autreAdresseFormation), codePostalFormation: txt(s.codePostalFormation), villeFormation: txt(s.villeFormation),
    codeInsee: txt(s.codeInsee), dateEntree: s.dateEntree ?? null, organismeRemuneration: txt(s.organismeRemuneration), niveauEntree: txt(s.niveauEntree),
    trancheAge: txt(s.trancheAge), dureeChomage: txt(s.dureeChomage), prescripteur: txt(s.prescripteur), beneficiaireRmi: s.beneficiaireRmi ?? null,
    travailleurHandicape: s.travailleurHandicape ?? null,
    parcoursEnvisage: txt(p?.parcoursEnvisage), heuresCentre: versSaisie(p?.heuresCentre), heuresEntreprise: versSaisie(p?.heuresEntreprise),
    nombrePeriodesEntreprise: p?.nombrePeriodesEntreprise === null || p?.nombrePeriodesEntreprise === undefined ? "" : String(p.nombrePeriodesEntreprise),
    modulesEnseignementGeneral: txt(p?.modulesEnseignementGeneral), modulesEnseignementProfessionnel: txt(p?.modulesEnseignementProfessionnel),
    objectifsPeriodesEntreprise: txt(p?.objectifsPeriodesEntreprise), objectifsFormation: txt(p?.objectifsFormation), vaeEnvisagee: p?.vaeEnvisagee ?? null,
    dateDebutParcours: p?.dateDebut ?? null, dateFinParcours: p?.dateFin ?? null,
    periodes: (p?.periodes ?? []).map((x) => ({ lieu: x.lieu, dateDebut: x.dateDebut, dateFin: x.dateFin })),
  };
}

/** Seed 001 § 3.5: the exit — a date, « fin de formation » or an early exit with its reason. */
export function validerSortie(s: { dateSortie: string | null; finFormation: boolean | null; motif: string }, dateEntree: string | null): Erreurs {
  const erreurs: Erreurs = {};
  if (!s.dateSortie) erreurs.dateSortie = "Le champ « Date de sortie » est obligatoire.";
  else if (dateEntree && s.dateSortie < dateEntree) {
    erreurs.dateSortie = `La date de sortie (${formatDate(s.dateSortie)}) ne peut précéder la date d'entrée (${formatDate(dateEntree)}).`;
  }
  if (s.finFormation === null) erreurs.finFormation = "Indiquez s'il s'agit de la fin de la formation.";
  else if (!s.finFormation && !s.motif) erreurs.motifSortie = "Précisez le motif de la sortie anticipée.";
  return erreurs;
}

/** The CSV file before it is sent (the server then checks each line and reports them). */
export function validerFichier(nom: string | null, contenu: string | null): string | null {
  if (!nom || contenu === null) return "Choisissez un fichier CSV.";
  if (!/\.(csv|txt)$/i.test(nom)) return "Le fichier doit être un fichier CSV (.csv) séparé par des points-virgules.";
  if (contenu.length > 90000) return "Le fichier dépasse 90000 caractères : découpez-le en plusieurs fichiers.";
  if (!contenu.trim()) return "Le fichier est vide.";
  return null;
}
