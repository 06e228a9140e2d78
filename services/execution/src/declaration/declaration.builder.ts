import { addMonths, frMonthTitle, monthOf, monthsBetween } from "@sigma/kit/dates/calendar";
import { StatutAction } from "../action/statut-action.enum.js";
import { forfaitsRealises } from "../stagiaire/prescription.rules.js";
import type { Stagiaire } from "../stagiaire/stagiaire.entity.js";
import { checkConfirmation, dateLimite, estPresent, etatDeclaration } from "./declaration.rules.js";
import { DeclarationMensuelle, LigneDeclaration } from "./declaration.type.js";
import { heuresCentre, heuresEntreprise, type HeuresMois, somme, ZERO } from "./heures.js";

export interface ActionFaits {
  actionId: number;
  statut: StatutAction;
  dateDebutReelle: string | null;
  dateFinReelle: string | null;
  /** The action's trainees, in the recap's order (name, first name). */
  stagiaires: Stagiaire[];
  /** Ids of the trainees with an individualised path (a prescribed forfait parcours). */
  avecParcours: ReadonlySet<number>;
  realisations: (HeuresMois & { id: number; stagiaireId: number; mois: string })[];
  confirmations: { mois: string; confirmeeLe: string }[];
  aujourdhui: string;
}

/**
 * Every month of the action from its real start to today (or its real end), oldest first,
 * computed in memory from the action's rows — the same few SQL statements whatever the number
 * of trainees and months. A confirmed month lists the lines frozen at confirmation; an open one
 * lists the trainees present (a trainee with nothing entered reads 0).
 */
export function construireDeclarations(faits: ActionFaits): DeclarationMensuelle[] {
  if (!faits.dateDebutReelle || faits.statut === StatutAction.AO || faits.statut === StatutAction.NON_OUVERTE) return [];
  const fin = [monthOf(faits.aujourdhui), faits.dateFinReelle ? monthOf(faits.dateFinReelle) : "9999-12"].sort()[0]!;
  const confirmees = new Map(faits.confirmations.map((c) => [c.mois, c.confirmeeLe]));
  const dernier = [...confirmees.keys()].sort().at(-1);
  const premierMoisOuvert = dernier ? addMonths(dernier, 1) : monthOf(faits.dateDebutReelle);
  const parStagiaire = new Map<number, ActionFaits["realisations"]>();
  for (const row of faits.realisations) parStagiaire.set(row.stagiaireId, [...(parStagiaire.get(row.stagiaireId) ?? []), row]);

  return monthsBetween(monthOf(faits.dateDebutReelle), fin).map((mois) => {
    const confirmeeLe = confirmees.get(mois) ?? null;
    const lignes = faits.stagiaires.flatMap((stagiaire) => {
      const rows = parStagiaire.get(stagiaire.id) ?? [];
      const row = rows.find((r) => r.mois === mois);
      if (!row && (confirmeeLe !== null || !estPresent(stagiaire, mois))) return [];
      return [ligne(stagiaire, row ?? null, somme(rows.filter((r) => r.mois <= mois)))];
    });
    const total = somme(lignes.map(heuresOf));
    const declaration = Object.assign(new DeclarationMensuelle(), {
      id: `${faits.actionId}:${mois}`,
      actionId: faits.actionId,
      mois,
      libelle: frMonthTitle(mois),
      etat: etatDeclaration(mois, confirmeeLe !== null, faits.aujourdhui),
      confirmeeLe,
      dateLimiteConfirmation: dateLimite(mois),
      saisieOuverte: faits.statut === StatutAction.EC && confirmeeLe === null && mois === premierMoisOuvert,
      confirmable: faits.statut === StatutAction.EC && peutConfirmer(mois, premierMoisOuvert, confirmeeLe !== null, faits.aujourdhui),
      nombreStagiaires: lignes.length,
      forfaitsParcoursRealises: forfaitsRealises(faits.stagiaires, faits.avecParcours, mois),
      ...prefixed(total),
      heuresCentre: heuresCentre(total),
      heuresEntreprise: heuresEntreprise(total),
      totalHeures: heuresCentre(total) + heuresEntreprise(total),
      lignes,
    });
    return declaration;
  });
}

function peutConfirmer(mois: string, premierMoisOuvert: string, confirmee: boolean, aujourdhui: string): boolean {
  try {
    checkConfirmation(mois, premierMoisOuvert, confirmee, aujourdhui);
    return true;
  } catch {
    return false;
  }
}

const heuresOf = (l: LigneDeclaration): HeuresMois => ({
  realiseesCentre: l.heuresRealiseesCentre,
  nonRealiseesJustifieesCentre: l.heuresNonRealiseesJustifieesCentre,
  nonRealiseesNonJustifieesCentre: l.heuresNonRealiseesNonJustifieesCentre,
  realiseesEntreprise: l.heuresRealiseesEntreprise,
  nonRealiseesJustifieesEntreprise: l.heuresNonRealiseesJustifieesEntreprise,
  nonRealiseesNonJustifieesEntreprise: l.heuresNonRealiseesNonJustifieesEntreprise,
});

/** realiseesCentre → heuresRealiseesCentre (the contract's names on the graph). */
function prefixed(h: HeuresMois) {
  return {
    heuresRealiseesCentre: h.realiseesCentre,
    heuresNonRealiseesJustifieesCentre: h.nonRealiseesJustifieesCentre,
    heuresNonRealiseesNonJustifieesCentre: h.nonRealiseesNonJustifieesCentre,
    heuresRealiseesEntreprise: h.realiseesEntreprise,
    heuresNonRealiseesJustifieesEntreprise: h.nonRealiseesJustifieesEntreprise,
    heuresNonRealiseesNonJustifieesEntreprise: h.nonRealiseesNonJustifieesEntreprise,
  };
}

function ligne(stagiaire: Stagiaire, row: (HeuresMois & { id: number }) | null, cumul: HeuresMois): LigneDeclaration {
  const h = row ?? ZERO;
  return Object.assign(new LigneDeclaration(), {
    realisationId: row?.id ?? null,
    stagiaire,
    ...prefixed(h),
    heuresCentre: heuresCentre(h),
    heuresEntreprise: heuresEntreprise(h),
    totalHeures: heuresCentre(h) + heuresEntreprise(h),
    cumulHeuresCentre: heuresCentre(cumul),
    cumulHeuresEntreprise: heuresEntreprise(cumul),
    cumulTotalHeures: heuresCentre(cumul) + heuresEntreprise(cumul),
  });
}
