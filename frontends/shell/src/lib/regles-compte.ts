/**
 * The account rules the graph enforces (services/catalogue CompteService), repeated here only to
 * help the user before sending: SAME messages, word for word. The server's refusal is still
 * shown when it comes (a rule changed on the server, an identifiant already taken…).
 */
export const MESSAGES = {
  motDePasseCourt: "Le mot de passe doit compter au moins 10 caractères.",
  motDePasseLong: "Le mot de passe ne peut dépasser 200 caractères.",
  confirmation: "La confirmation ne correspond pas au mot de passe.",
  codePostal: "Le code postal doit compter 5 chiffres.",
  identifiant: "L'identifiant doit compter de 3 à 60 caractères (lettres, chiffres, point, tiret, souligné).",
  adresseVide: "L'adresse ne peut pas être vide.",
  villeVide: "La ville ne peut pas être vide.",
} as const;

export type Erreurs = Partial<Record<"identifiant" | "motDePasse" | "confirmation" | "adresse" | "complementAdresse" | "codePostal" | "ville", string>>;

export function verifierMotDePasse(motDePasse: string, confirmation: string): Erreurs {
  if (motDePasse.length < 10) return { motDePasse: MESSAGES.motDePasseCourt };
  if (motDePasse.length > 200) return { motDePasse: MESSAGES.motDePasseLong };
  if (motDePasse !== confirmation) return { confirmation: MESSAGES.confirmation };
  return {};
}

export interface ValeursCompte {
  identifiant: string;
  motDePasse: string;
  confirmation: string;
  /** Absent for an account without an organisme (Région, CARIF): no address to change. */
  adresse?: { adresse: string; complementAdresse: string; codePostal: string; ville: string };
}

/** What « Modifier votre compte » sends: only the fields that changed (the mutation keeps the others). */
export interface ModificationsCompte {
  identifiant?: string;
  motDePasse?: string;
  confirmation?: string;
  adresse?: string;
  complementAdresse?: string;
  codePostal?: string;
  ville?: string;
}

/** Checks the form and works out the changes; `erreurs` is empty when it may be sent. */
export function preparerModification(valeurs: ValeursCompte, initiales: ValeursCompte): { erreurs: Erreurs; modifications: ModificationsCompte } {
  const erreurs: Erreurs = {};
  const modifications: ModificationsCompte = {};
  const identifiant = valeurs.identifiant.trim();
  if (identifiant !== initiales.identifiant) {
    if (!/^[A-Za-z0-9._-]{3,60}$/.test(identifiant)) erreurs.identifiant = MESSAGES.identifiant;
    modifications.identifiant = identifiant;
  }
  if (valeurs.motDePasse !== "" || valeurs.confirmation !== "") {
    Object.assign(erreurs, verifierMotDePasse(valeurs.motDePasse, valeurs.confirmation));
    modifications.motDePasse = valeurs.motDePasse;
    modifications.confirmation = valeurs.confirmation;
  }
  if (valeurs.adresse && initiales.adresse) {
    const avant = initiales.adresse;
    const apres = { ...valeurs.adresse, codePostal: valeurs.adresse.codePostal.trim() };
    if (apres.adresse !== avant.adresse) {
      if (!apres.adresse.trim()) erreurs.adresse = MESSAGES.adresseVide;
      modifications.adresse = apres.adresse;
    }
    if (apres.complementAdresse !== avant.complementAdresse) modifications.complementAdresse = apres.complementAdresse;
    if (apres.codePostal !== avant.codePostal) {
      if (!/^\d{5}$/.test(apres.codePostal)) erreurs.codePostal = MESSAGES.codePostal;
      modifications.codePostal = apres.codePostal;
    }
    if (apres.ville !== avant.ville) {
      if (!apres.ville.trim()) erreurs.ville = MESSAGES.villeVide;
      modifications.ville = apres.ville;
    }
  }
  return { erreurs, modifications };
}
