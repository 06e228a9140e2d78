import { formatDate } from "@sigma/ui-kit/lib/format";
import { CODE_POSTAL, HEURE_HHMM, versEntier, type Erreurs } from "@sigma/ui-kit/lib/saisie";

/**
 * Seed 004's session and information collective forms, checked as catalogue checks them
 * (same French messages, session-proposee.ts and ic-proposee.ts), before « Enregistrer… ».
 * The server checks again and its refusal is shown as it comes.
 */
export interface SaisieSession {
  numero: string;
  dateDebut: string | null;
  dateFin: string | null;
  siteId: string;
  nbPlaces: string;
  codeOffreInfo: string;
}

export interface SaisieIc {
  id: string | null;
  date: string | null;
  heureDebut: string;
  heureFin: string;
  nbPlaces: string;
  commentaire: string;
  numeroVoie: string;
  extensionVoie: string;
  typeVoie: string;
  libelleVoie: string;
  complement: string;
  mentionSpeciale: string;
  codePostal: string;
  ville: string;
  cedex: string;
}

const MAX_PLACES = 9999;
const obligatoire = (label: string) => `Le champ « ${label} » est obligatoire.`;

function places(texte: string, label: string, hint: string): string | null {
  if (!texte.trim()) return `${label} est obligatoire.`;
  const n = versEntier(texte);
  if (n === null) return `${label} ne peut être négatif (${hint}).`;
  if (n > MAX_PLACES) return `${label} ne peut dépasser ${MAX_PLACES}.`;
  return null;
}

export function validerSession(s: SaisieSession, composante: { dateDebut: string; dateFin: string }, existante: boolean): Erreurs {
  const erreurs: Erreurs = {};
  const numero = s.numero.trim();
  if (!existante && numero && !/^(0[1-9]|[1-9]\d)$/.test(numero)) erreurs.numero = "Le numéro de session doit compter 2 chiffres, de 01 à 99 (ex. 01).";
  if (!s.dateDebut) erreurs.dateDebut = obligatoire("Date début");
  if (!s.dateFin) erreurs.dateFin = obligatoire("Date fin");
  if (s.dateDebut && s.dateFin) {
    if (s.dateFin < s.dateDebut) {
      erreurs.dateFin = `La date de fin de la session (${formatDate(s.dateFin)}) doit être postérieure ou égale à sa date de début (${formatDate(s.dateDebut)}).`;
    } else if (s.dateDebut < composante.dateDebut || s.dateFin > composante.dateFin) {
      erreurs[s.dateDebut < composante.dateDebut ? "dateDebut" : "dateFin"] =
        `Les dates de la session doivent être comprises dans l'intervalle des dates de la composante (du ${formatDate(composante.dateDebut)} au ${formatDate(composante.dateFin)}).`;
    }
  }
  if (!s.siteId) erreurs.siteId = "Le lieu de la session doit être un site de réalisation de l'organisme.";
  const p = places(s.nbPlaces, "Le nombre de places de la session", "0 annule la session");
  if (p) erreurs.nbPlaces = p;
  if (s.codeOffreInfo.length > 20) erreurs.codeOffreInfo = "Le champ « Code offre info » ne peut dépasser 20 caractères.";
  return erreurs;
}

export function validerIc(ic: SaisieIc): Erreurs {
  const erreurs: Erreurs = {};
  if (!ic.date) erreurs.date = obligatoire("Date");
  if (!HEURE_HHMM.test(ic.heureDebut.trim())) erreurs.heureDebut = "L'heure de début de l'information collective doit être au format hh:mm (ex. 09:30).";
  if (!HEURE_HHMM.test(ic.heureFin.trim())) erreurs.heureFin = "L'heure de fin de l'information collective doit être au format hh:mm (ex. 09:30).";
  else if (!erreurs.heureDebut && ic.heureFin.trim() <= ic.heureDebut.trim()) {
    erreurs.heureFin = `L'heure de fin de l'information collective (${ic.heureFin.trim()}) doit être après l'heure de début (${ic.heureDebut.trim()}).`;
  }
  const p = places(ic.nbPlaces, "Le nombre de places de l'information collective", "0 l'annule");
  if (p) erreurs.nbPlaces = p;
  if (ic.commentaire.length > 500) erreurs.commentaire = "Le champ « Commentaire » ne peut dépasser 500 caractères.";
  if (!ic.libelleVoie.trim()) erreurs.libelleVoie = obligatoire("Libellé de la voie");
  if (!CODE_POSTAL.test(ic.codePostal.trim())) erreurs.codePostal = "Le code postal de l'information collective doit compter 5 chiffres.";
  if (!ic.ville.trim()) erreurs.ville = obligatoire("Ville");
  return erreurs;
}

export const IC_VIDE: SaisieIc = {
  id: null,
  date: null,
  heureDebut: "",
  heureFin: "",
  nbPlaces: "",
  commentaire: "",
  numeroVoie: "",
  extensionVoie: "",
  typeVoie: "",
  libelleVoie: "",
  complement: "",
  mentionSpeciale: "",
  codePostal: "",
  ville: "",
  cedex: "",
};

const ouNull = (texte: string) => (texte.trim() ? texte.trim() : null);

/** The form's information collective as the graph's InformationCollectiveInput. */
export function versIcInput(ic: SaisieIc) {
  return {
    ...(ic.id ? { id: ic.id } : {}),
    date: ic.date!,
    heureDebut: ic.heureDebut.trim(),
    heureFin: ic.heureFin.trim(),
    nbPlaces: Number(ic.nbPlaces),
    commentaire: ic.commentaire ? ic.commentaire : null,
    adresse: {
      numeroVoie: ouNull(ic.numeroVoie),
      extensionVoie: ouNull(ic.extensionVoie),
      typeVoie: ouNull(ic.typeVoie),
      libelleVoie: ic.libelleVoie.trim(),
      complement: ouNull(ic.complement),
      mentionSpeciale: ouNull(ic.mentionSpeciale),
      codePostal: ic.codePostal.trim(),
      ville: ic.ville.trim(),
      cedex: ouNull(ic.cedex),
    },
  };
}

/** The dates request (seed 003 § 2): a new end after the start, each composante's end after its start. */
export function validerDates(
  d: { dateDebutPrevue: string | null; dateFinPrevue: string | null; composantes: { numero: string; dateDebut: string | null; dateFin: string | null }[] },
  actuelles: { dateDebutPrevue: string; dateFinPrevue: string; dateDebutReelle: string | null },
): Erreurs {
  const erreurs: Erreurs = {};
  const debut = d.dateDebutPrevue ?? actuelles.dateDebutPrevue;
  const fin = d.dateFinPrevue ?? actuelles.dateFinPrevue;
  if (fin < debut) erreurs.dateFinPrevue = `La date de fin prévue (${formatDate(fin)}) doit être postérieure ou égale à la date de début prévue (${formatDate(debut)}).`;
  else if (actuelles.dateDebutReelle && fin < actuelles.dateDebutReelle) {
    erreurs.dateFinPrevue = `La date de fin prévue (${formatDate(fin)}) doit être postérieure ou égale à la date de début réelle (${formatDate(actuelles.dateDebutReelle)}).`;
  }
  d.composantes.forEach((c, index) => {
    if ((c.dateDebut === null) !== (c.dateFin === null)) erreurs[`composantes.${index}`] = `Indiquez les deux nouvelles dates de la composante ${c.numero}.`;
    else if (c.dateDebut && c.dateFin && c.dateFin < c.dateDebut) {
      erreurs[`composantes.${index}`] = `La date de fin de la composante ${c.numero} (${formatDate(c.dateFin)}) doit être postérieure ou égale à sa date de début (${formatDate(c.dateDebut)}).`;
    }
  });
  return erreurs;
}

export const LIBELLE_ETAT_DEMANDE = {
  EN_ATTENTE_EMISSION: "En attente d'émission",
  EN_ATTENTE_VALIDATION: "En attente de validation",
  VALIDEE: "Validée",
  REFUSEE: "Refusée",
} as const;
