import type { Notice } from "@sigma/ui-kit/lib/notices";

/** What the shell reads of an organisme's invoices and requests to tell it the Région's decisions. */
export interface FactureDecidee {
  id: string;
  numero: string;
  periode?: string | null;
  support: string;
  statut: "A_EMETTRE" | "EMISE" | "SIGNEE_DEPOSEE" | "VALIDEE" | "REJETEE" | "PAYEE";
  motifRejet?: string | null;
  dateDecision?: string | null;
}

export interface DemandeDecidee {
  id: string;
  libelleType: string;
  etat: "EN_ATTENTE_EMISSION" | "EN_ATTENTE_VALIDATION" | "VALIDEE" | "REFUSEE";
  observations?: string | null;
  /** Day of the decision (its last history event), "AAAA-MM-JJ". */
  dateDecision?: string | null;
}

export interface DemandeStagiaireDecidee {
  id: string;
  etat: "EN_ATTENTE" | "VALIDEE" | "REFUSEE";
  motifRefus?: string | null;
  /** Day of the decision, "AAAA-MM-JJ". */
  dateDecision?: string | null;
  stagiaire?: { nom: string; prenom: string } | null;
}

export interface ActionDecisions {
  numero: string;
  factures: readonly FactureDecidee[];
  demandes: readonly DemandeDecidee[];
}

/** Decisions older than this are history, not news. */
export const JOURS_RECENTS = 30;

const jjmmaaaa = (jour: string) => jour.split("-").reverse().join("/");
function ilYA(aujourdhui: string, jours: number): string {
  const d = new Date(`${aujourdhui}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - jours);
  return d.toISOString().slice(0, 10);
}

/**
 * Seed 001 § 3.6.1.3: « L'Organisme est averti en temps réel de l'acceptation ou du rejet de
 * ses demandes de paiements ». One notice per invoice validated, rejected (with its motif) or
 * paid, per date request validated or refused, per trainee-record request decided, in the
 * last JOURS_RECENTS days; a rejection is an alert, the others a confirmation.
 */
export function noticesDesDecisions(actions: readonly ActionDecisions[], fiches: readonly DemandeStagiaireDecidee[], aujourdhui: string): Notice[] {
  const depuis = ilYA(aujourdhui, JOURS_RECENTS);
  const recente = (jour: string | null | undefined) => Boolean(jour) && jour! >= depuis;
  const notices: Notice[] = [];
  for (const action of actions) {
    for (const f of action.factures) {
      if (!recente(f.dateDecision)) continue;
      const nom = `Facture ${f.periode ?? f.support} (${action.numero})`;
      const le = ` le ${jjmmaaaa(f.dateDecision!)}`;
      if (f.statut === "REJETEE") {
        notices.push({ id: `decision-facture-${f.id}`, niveau: "alerte", texte: `${nom} rejetée par la Région${le} : ${f.motifRejet ?? "sans motif"}.`, lien: { chemin: "/facturation", libelle: "Suivi des factures" }, source: "region" });
      } else if (f.statut === "VALIDEE" || f.statut === "PAYEE") {
        notices.push({ id: `decision-facture-${f.id}`, niveau: "succes", texte: `${nom} validée par la Région${le}${f.statut === "PAYEE" ? ", payée" : ""}.`, lien: { chemin: "/facturation", libelle: "Suivi des paiements" }, source: "region" });
      }
    }
    for (const d of action.demandes) {
      if (!recente(d.dateDecision) || (d.etat !== "VALIDEE" && d.etat !== "REFUSEE")) continue;
      const texte = `${d.libelleType} (${action.numero}) ${d.etat === "VALIDEE" ? "validée" : "refusée"} par la Région${d.observations ? ` : ${d.observations}` : ""}.`;
      notices.push({ id: `decision-demande-${d.id}`, niveau: d.etat === "VALIDEE" ? "succes" : "alerte", texte, lien: { chemin: "/actions", libelle: "Actions de formation" }, source: "region" });
    }
  }
  for (const d of fiches) {
    if (!recente(d.dateDecision) || d.etat === "EN_ATTENTE") continue;
    const qui = d.stagiaire ? `${d.stagiaire.prenom} ${d.stagiaire.nom}` : "un stagiaire";
    const texte = `Demande de modification de la fiche de ${qui} ${d.etat === "VALIDEE" ? "validée" : "refusée"} par la Région${d.motifRefus ? ` : ${d.motifRefus}` : ""}.`;
    notices.push({ id: `decision-fiche-${d.id}`, niveau: d.etat === "VALIDEE" ? "succes" : "alerte", texte, lien: { chemin: "/inscription", libelle: "Inscription" }, source: "region" });
  }
  return notices;
}

export interface ActionEcheances {
  numero: string;
  statut: string | null;
  declarations: readonly { mois: string; libelle: string; etat: "EN_COURS" | "A_CONFIRMER" | "CONFIRMEE" | "EN_RETARD"; dateLimiteConfirmation: string }[];
  aFacturer: readonly { periode: string; disponible: boolean }[];
}

/**
 * Deadlines (seed 001 § 3.5.1, § 3.6.1.1): each month to confirm before the 15th, the months
 * late (one notice per action), and each invoice that can be emitted now.
 */
export function noticesDesEcheances(actions: readonly ActionEcheances[]): Notice[] {
  const notices: Notice[] = [];
  for (const action of actions) {
    if (action.statut !== "EC") continue;
    for (const d of action.declarations.filter((x) => x.etat === "A_CONFIRMER")) {
      notices.push({
        id: `echeance-declaration-${action.numero}-${d.mois}`,
        niveau: "echeance",
        texte: `Déclaration de ${d.libelle.toLowerCase()} (${action.numero}) à confirmer avant le ${jjmmaaaa(d.dateLimiteConfirmation)}.`,
        lien: { chemin: "/suivi", libelle: "Suivi des réalisations" },
        source: "echeances",
      });
    }
    const retards = action.declarations.filter((x) => x.etat === "EN_RETARD");
    if (retards.length) {
      notices.push({
        id: `echeance-retard-${action.numero}`,
        niveau: "alerte",
        texte: `${retards.length} ${retards.length > 1 ? "déclarations non confirmées" : "déclaration non confirmée"} dans les délais (${action.numero}, depuis ${retards[0]!.libelle.toLowerCase()}) : à confirmer dans les 15 premiers jours du mois.`,
        lien: { chemin: "/suivi", libelle: "Suivi des réalisations" },
        source: "echeances",
      });
    }
  }
  for (const action of actions) {
    for (const f of action.aFacturer.filter((x) => x.disponible)) {
      notices.push({
        id: `echeance-facture-${action.numero}-${f.periode}`,
        niveau: "echeance",
        texte: `Facture ${f.periode} (${action.numero}) à émettre.`,
        lien: { chemin: "/facturation", libelle: "A facturer" },
        source: "echeances",
      });
    }
  }
  return notices;
}
