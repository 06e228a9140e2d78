import type { ActionCatalogue, ActionExecution } from "../sources/inputs.js";
import { sum } from "./arithmetic.js";
import { calculerFacture, type MontantsFacture, type SousTraitanceEnAttente } from "./invoice-amounts.js";
import { ajouterMois, ecartMois, libellePeriode, moisDe, type Mois } from "./months.js";
import { periodesFacturables, plafondTroisAcomptes, type NatureAcompte } from "./payment-modes.js";
import { coutPeriode, lignesPeriode, type LigneCalculee, type Tarifs, type TypePrestation } from "./period-cost.js";

/** What finance already holds for the action (its own tables). */
export interface EtatFinance {
  factures: readonly {
    type: "AVANCE" | "ACOMPTE" | "SOLDE";
    numero: string;
    moisDebut: string | null;
    moisFin: string | null;
    palier: number | null;
    montantRealiseHT: number;
    reportAuSolde: number;
    montantTTC: number;
    avanceRecuperee: number;
  }[];
  sousTraitancesEnAttente: readonly SousTraitanceEnAttente[];
}

/** An invoice that could be emitted now (or soon, with the reason it cannot yet). */
export interface FactureProposee {
  type: "ACOMPTE" | "SOLDE";
  nature: NatureAcompte | null;
  palier: number | null;
  clePeriode: string;
  moisDebut: Mois;
  moisFin: Mois;
  periode: string;
  disponible: boolean;
  raison: string | null;
  lignes: LigneCalculee[];
  montants: MontantsFacture;
  realiseCumule: number;
}

export class PlanImpossible extends Error {}

/** One unit price per prestation type for the whole action (declarations are not split by composante). */
export function tarifsDe(action: ActionCatalogue): Tarifs {
  const tarifs: Partial<Tarifs> = {};
  for (const prestation of action.composantes.flatMap((c) => c.prestations)) {
    const known = tarifs[prestation.type];
    if (known !== undefined && known !== prestation.prixUnitaire) {
      throw new PlanImpossible(`Les composantes de l'action ont des prix unitaires différents pour « ${prestation.libelle} » : la facturation par composante n'est pas encore prise en charge.`);
    }
    tarifs[prestation.type] = prestation.prixUnitaire;
  }
  return { FP: tarifs.FP ?? 0, HC: tarifs.HC ?? 0, HE: tarifs.HE ?? 0 };
}

export function contractualiseDe(action: ActionCatalogue): Record<TypePrestation, number> {
  const total = { FP: 0, HC: 0, HE: 0 };
  for (const p of action.composantes.flatMap((c) => c.prestations)) total[p.type] += p.volumeTotal;
  return total;
}

const moisCouverts = (debut: string, fin: string): Mois[] => Array.from({ length: ecartMois(debut, fin) + 1 }, (_, i) => ajouterMois(debut, i));

/**
 * Every acompte and solde the action can be invoiced now, with its lines and amounts, from
 * catalogue's contract, execution's declarations and finance's own invoices.
 */
export function planFacturation(action: ActionCatalogue, execution: ActionExecution, etat: EtatFinance, seuils: readonly [number, number, number]): FactureProposee[] {
  if (!execution.dateDebutReelle || !execution.frequencePaiement || execution.statut === "AO" || execution.statut === "NON_OUVERTE") return [];
  // The solde is the last invoice: once emitted, nothing is left to invoice (not even an acompte).
  if (etat.factures.some((f) => f.type === "SOLDE")) return [];
  const tarifs = tarifsDe(action);
  const acomptes = etat.factures.filter((f) => f.type === "ACOMPTE");
  const moisFactures = new Set(acomptes.flatMap((f) => (f.moisDebut && f.moisFin ? moisCouverts(f.moisDebut, f.moisFin) : [])));
  const declarations = execution.declarations;
  const cout = new Map(declarations.map((d) => [d.mois, coutPeriode([d], tarifs)]));
  const realiseJusqua = (fin: Mois) => sum(declarations.filter((d) => d.confirmee && ecartMois(d.mois, fin) >= 0).map((d) => cout.get(d.mois)!));
  const avanceFacture = etat.factures.find((f) => f.type === "AVANCE");
  const avance = avanceFacture ? { montant: avanceFacture.montantTTC, dejaRecupere: sum(etat.factures.map((f) => f.avanceRecuperee)) } : null;
  const base = {
    frequence: execution.frequencePaiement,
    prixTotal: action.prixTotal,
    seuils: [seuils[0], seuils[1], seuils[2]] as [number, number, number],
  };
  const periodes = periodesFacturables({
    ...base,
    debutReel: moisDe(execution.dateDebutReelle),
    finReelle: execution.dateFinReelle ? moisDe(execution.dateFinReelle) : null,
    mois: declarations.map((d) => ({ mois: d.mois, confirme: d.confirmee, cout: cout.get(d.mois)! })),
    moisFactures,
    palierAtteint: Math.max(0, ...acomptes.map((f) => f.palier ?? 0)),
  });
  const dejaFactureRealise = sum(acomptes.map((f) => f.montantRealiseHT - f.reportAuSolde));
  const propositions: FactureProposee[] = periodes.map((p) => {
    const lignes = lignesPeriode(declarations.filter((d) => p.mois.includes(d.mois)), tarifs);
    const realiseCumule = realiseJusqua(p.moisFin);
    const montants = calculerFacture({
      lignes,
      tauxTvaPointsDeBase: action.organisme.tauxTvaPointsDeBase,
      plafondRealise: plafondTroisAcomptes(base, dejaFactureRealise),
      sousTraitances: etat.sousTraitancesEnAttente,
      avance,
      realiseCumule,
      prixTotal: action.prixTotal,
      solde: false,
    });
    return { type: "ACOMPTE", nature: p.nature, palier: p.palier, clePeriode: `${p.moisDebut}/${p.moisFin}`, moisDebut: p.moisDebut, moisFin: p.moisFin, periode: libellePeriode(p.moisDebut, p.moisFin), disponible: p.disponible, raison: p.raison, lignes, montants, realiseCumule };
  });
  const solde = proposerSolde(action, execution, etat, tarifs, moisFactures, avance);
  // A solde that can be emitted covers every month left: the acomptes are no longer offered.
  return !solde ? propositions : solde.disponible ? [solde] : [...propositions, solde];
}

function proposerSolde(
  action: ActionCatalogue,
  execution: ActionExecution,
  etat: EtatFinance,
  tarifs: Tarifs,
  moisFactures: ReadonlySet<Mois>,
  avance: { montant: number; dejaRecupere: number } | null,
): FactureProposee | null {
  if (etat.factures.some((f) => f.type === "SOLDE")) return null;
  const debut = moisDe(execution.dateDebutReelle!);
  const fin = execution.dateFinReelle ? moisDe(execution.dateFinReelle) : null;
  const raison =
    execution.statut !== "CLOTUREE" || !fin
      ? "Le solde sera disponible après la clôture de l'action."
      : execution.declarations.some((d) => !d.confirmee)
        ? "Le solde sera disponible quand toutes les déclarations seront confirmées."
        : !execution.bilanComplet
          ? "Le solde sera disponible quand le bilan de chaque stagiaire sera saisi."
          : null;
  if (raison && execution.statut !== "CLOTUREE") return null;
  const restants = execution.declarations.filter((d) => !moisFactures.has(d.mois));
  const lignes = lignesPeriode(restants, tarifs);
  const reports = sum(etat.factures.map((f) => f.reportAuSolde));
  if (reports > 0) lignes.push({ prestation: "RS", libelle: "Réalisé au-delà de 80 % reporté au solde", quantite: 100, prixUnitaire: reports, montant: reports });
  const realiseCumule = sum(execution.declarations.map((d) => coutPeriode([d], tarifs)));
  const montants = calculerFacture({
    lignes,
    tauxTvaPointsDeBase: action.organisme.tauxTvaPointsDeBase,
    plafondRealise: null,
    sousTraitances: etat.sousTraitancesEnAttente,
    avance,
    realiseCumule,
    prixTotal: action.prixTotal,
    solde: true,
  });
  const moisFin = fin ?? debut;
  return { type: "SOLDE", nature: null, palier: null, clePeriode: "SOLDE", moisDebut: debut, moisFin, periode: libellePeriode(debut, moisFin), disponible: raison === null, raison, lignes, montants, realiseCumule };
}
