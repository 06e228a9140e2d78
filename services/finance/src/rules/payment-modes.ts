import { ratioAtLeast, sum } from "./arithmetic.js";
import { ajouterMois, ecartMois, libelleMoisMinuscule, type Mois } from "./months.js";

export type FrequencePaiement = "MENSUEL" | "TRIMESTRIEL" | "TROIS_ACOMPTES";

/** How an acompte came to be: one month, a quarter, a threshold of realisation, or the quarterly fallback of trois acomptes. */
export type NatureAcompte = "MENSUEL" | "TRIMESTRIEL" | "SEUIL" | "TRIMESTRIEL_REPLI";

/** One declared month as the payment rules see it. */
export interface MoisDeclare {
  mois: Mois;
  confirme: boolean;
  /** Cost of the month's paid realisation, cents HT. */
  cout: number;
}

export interface EtatFacturation {
  frequence: FrequencePaiement;
  /** Month of the real start: quarters are counted from it. */
  debutReel: Mois;
  /** Month of the real end, once the action is closed (a last quarter is cut there). */
  finReelle: Mois | null;
  /** Every declared month since the real start, oldest first (confirmed months form a prefix). */
  mois: readonly MoisDeclare[];
  /** Months already on an emitted invoice. */
  moisFactures: ReadonlySet<Mois>;
  /** Contract amount (cents HT): the realisation rate is realised cost / prixTotal. */
  prixTotal: number;
  /** Thresholds of the three acomptes, percent (default 30, 60, 80). */
  seuils: readonly [number, number, number];
  /** Highest threshold already invoiced (0 = none, 3 = all three acomptes taken). */
  palierAtteint: number;
}

export interface PeriodeFacturable {
  nature: NatureAcompte;
  moisDebut: Mois;
  moisFin: Mois;
  mois: Mois[];
  /** Threshold reached (1–3) for a SEUIL acompte. */
  palier: number | null;
  disponible: boolean;
  /** Why it cannot be emitted yet (French, shown as is). */
  raison: string | null;
}

export const SEUILS_PAR_DEFAUT: readonly [number, number, number] = [30, 60, 80];

/**
 * What can be invoiced as acomptes, by payment mode (seed 001 § 3.4 and § 3.6.1.1, seed 000):
 * - MENSUEL: one invoice per confirmed month;
 * - TRIMESTRIEL: three consecutive months counted from the real start; available once all
 *   three are confirmed (a last quarter is cut at the real end month);
 * - TROIS_ACOMPTES: an acompte once the cumulative realisation rate of the confirmed months
 *   reaches 30 %, 60 %, then 80 % (it covers every confirmed month not yet invoiced, and counts
 *   as the highest threshold it reaches); realisation beyond 80 % is paid by the solde
 *   (see `plafondTroisAcomptes`). When the next threshold is not reached within three
 *   confirmed months not yet invoiced, those three months may be invoiced as a quarter
 *   (TRIMESTRIEL_REPLI); the mode then returns to three acomptes.
 * Only the earliest period is available: invoices follow each other in time.
 * The last entry may be the period in progress (disponible: false, with the month awaited);
 * later periods, whose months are not confirmed either, are not listed.
 */
export function periodesFacturables(etat: EtatFacturation): PeriodeFacturable[] {
  const enAttente = etat.mois.filter((m) => !etat.moisFactures.has(m.mois));
  const periodes =
    etat.frequence === "MENSUEL" ? mensuel(enAttente) : etat.frequence === "TRIMESTRIEL" ? trimestriel(etat, enAttente) : troisAcomptes(etat, enAttente);
  // Past the period in progress come only months not declared yet: nothing to show.
  const enCours = periodes.findIndex((p) => !p.disponible);
  const utiles = enCours === -1 ? periodes : periodes.slice(0, enCours + 1);
  let premiere = true;
  return utiles.map((p) => {
    if (!p.disponible) return p;
    const disponible = premiere;
    premiere = false;
    return disponible ? p : { ...p, disponible: false, raison: "Émettez d'abord la facture de la période précédente." };
  });
}

function periode(nature: NatureAcompte, mois: Mois[], disponible: boolean, raison: string | null, palier: number | null = null): PeriodeFacturable {
  return { nature, moisDebut: mois[0]!, moisFin: mois[mois.length - 1]!, mois, palier, disponible, raison };
}

const attente = (mois: Mois) => `En attente de la confirmation de la déclaration de ${libelleMoisMinuscule(mois)}.`;

function mensuel(enAttente: readonly MoisDeclare[]): PeriodeFacturable[] {
  return enAttente.map((m) => periode("MENSUEL", [m.mois], m.confirme, m.confirme ? null : attente(m.mois)));
}

function trimestriel(etat: EtatFacturation, enAttente: readonly MoisDeclare[]): PeriodeFacturable[] {
  const parMois = new Map(etat.mois.map((m) => [m.mois, m]));
  const result: PeriodeFacturable[] = [];
  const vus = new Set<number>();
  for (const m of enAttente) {
    const index = Math.floor(ecartMois(etat.debutReel, m.mois) / 3);
    if (vus.has(index)) continue;
    vus.add(index);
    const mois = [0, 1, 2]
      .map((i) => ajouterMois(etat.debutReel, index * 3 + i))
      .filter((x) => etat.finReelle === null || ecartMois(x, etat.finReelle) >= 0);
    const manquant = mois.find((x) => !parMois.get(x)?.confirme);
    result.push(periode("TRIMESTRIEL", mois, manquant === undefined, manquant ? attente(manquant) : null));
  }
  return result;
}

function troisAcomptes(etat: EtatFacturation, enAttente: readonly MoisDeclare[]): PeriodeFacturable[] {
  const confirmes = enAttente.filter((m) => m.confirme);
  const prochain = enAttente.find((m) => !m.confirme);
  const palierSuivant = etat.palierAtteint + 1;
  if (palierSuivant > 3) return [];
  const realiseTotal = sum(etat.mois.filter((m) => m.confirme).map((m) => m.cout));
  let palier = etat.palierAtteint;
  while (palier < 3 && ratioAtLeast(realiseTotal, etat.prixTotal, etat.seuils[palier]!, 100)) palier += 1;
  if (palier > etat.palierAtteint && confirmes.length > 0) {
    return [periode("SEUIL", confirmes.map((m) => m.mois), true, null, palier)];
  }
  if (confirmes.length >= 3) {
    return [periode("TRIMESTRIEL_REPLI", confirmes.slice(0, 3).map((m) => m.mois), true, null)];
  }
  const seuil = etat.seuils[palierSuivant - 1]!;
  const raison = `Acompte n° ${palierSuivant} : le taux de réalisation de ${seuil} % n'est pas encore atteint.`;
  const mois = [...confirmes.map((m) => m.mois), ...(prochain ? [prochain.mois] : [])];
  return mois.length ? [periode("SEUIL", mois, false, raison, palierSuivant)] : [];
}

/**
 * In trois acomptes, the acomptes together pay at most the last threshold (80 %) of the
 * contract: what an acompte realises beyond that is carried to the solde. Returns how much
 * realised HT this acompte may still invoice (null: no cap in this mode).
 */
export function plafondTroisAcomptes(etat: Pick<EtatFacturation, "frequence" | "prixTotal" | "seuils">, dejaFactureRealise: number): number | null {
  if (etat.frequence !== "TROIS_ACOMPTES") return null;
  const plafond = Number((BigInt(etat.prixTotal) * BigInt(etat.seuils[2])) / 100n);
  return Math.max(0, plafond - dejaFactureRealise);
}
