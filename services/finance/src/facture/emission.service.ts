import type { Caller } from "@sigma/kit/auth/caller";
import { parisDay, type Clock } from "@sigma/kit/clock/clock";
import { inTransaction, isRetryableConflict, isUniqueViolation } from "@sigma/kit/db/transaction";
import { badInput, conflict, DomainError } from "@sigma/kit/errors/errors";
import { recordHistory } from "@sigma/kit/history/history";
import { In, type DataSource, type EntityManager } from "typeorm";
import type { FinanceConfig } from "../config.js";
import { isMois, libellePeriode } from "../rules/months.js";
import { planFacturation, PlanImpossible, type FactureProposee } from "../rules/plan.js";
import type { ActionCatalogue, ActionExecution } from "../sources/inputs.js";
import { FactureSousTraitant } from "../sous-traitance/sous-traitance.entity.js";
import { etatsFinance } from "./etat-finance.js";
import { Facture } from "./facture.entity.js";
import { LigneFacture } from "./ligne-facture.entity.js";
import { StatutFacture } from "./statut-facture.enum.js";
import { NatureAcompte, TypeFacture } from "./type-facture.enum.js";

export interface DemandeEmission {
  actionId: number;
  type: TypeFacture.ACOMPTE | TypeFacture.SOLDE;
  moisDebut: string | null;
  moisFin: string | null;
  confirmation: boolean;
  cleIdempotence: string | null;
}

/**
 * « Emettre la facture »: the OF confirms a period that the payment rules offer; the invoice
 * snapshots its lines and amounts, once. Concurrent or repeated emissions of the same period
 * give one invoice: the unique (action, period) index decides, and the same idempotency key
 * gets the same invoice back.
 */
export class EmissionService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: FinanceConfig,
  ) {}

  async enregistrer(caller: Caller, action: ActionCatalogue, execution: ActionExecution, demande: DemandeEmission): Promise<Facture> {
    const clePeriode = cleDe(demande);
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await inTransaction(this.db, (tx) => this.emettreDans(tx, caller, action, execution, demande, clePeriode));
      } catch (error) {
        if (isRetryableConflict(error) && attempt < 3) continue;
        if (!isUniqueViolation(error) && !(error instanceof DomainError)) throw error;
        // A concurrent emission of the same period committed first: the unique index refused this
        // one, or (READ COMMITTED) its plan already counted that invoice and offered nothing.
        // The same idempotency key gets that invoice back.
        const existante = await this.db.getRepository(Facture).findOneBy({ actionId: action.id, clePeriode });
        if (existante) return dejaEmise(existante, demande);
        if (!isUniqueViolation(error)) throw error;
        throw conflict("Cette clé d'idempotence a déjà servi pour une autre facture : utilisez-en une nouvelle.");
      }
    }
  }

  private async emettreDans(tx: EntityManager, caller: Caller, action: ActionCatalogue, execution: ActionExecution, demande: DemandeEmission, clePeriode: string): Promise<Facture> {
    const existante = await tx.getRepository(Facture).findOneBy({ actionId: action.id, clePeriode });
    if (existante) return dejaEmise(existante, demande);
    const etat = (await etatsFinance(tx, [action.id])).get(action.id)!;
    const proposition = choisir(plan(action, execution, etat, this.config.seuils), demande, execution);
    if (!demande.confirmation) throw badInput(`Confirmez l'émission de la facture pour la période ${proposition.periode}.`, "confirmation");
    const rang = proposition.type === "ACOMPTE" ? etat.factures.filter((f) => f.type === "ACOMPTE").length + 1 : null;
    const m = proposition.montants;
    const facture = await tx.getRepository(Facture).save(
      tx.getRepository(Facture).create({
        actionId: action.id,
        organismeId: action.organisme.id,
        numero: proposition.type === "SOLDE" ? `${action.numero}-SOLDE` : `${action.numero}-CRE-${rang}`,
        type: proposition.type === "SOLDE" ? TypeFacture.SOLDE : TypeFacture.ACOMPTE,
        nature: proposition.nature ? NatureAcompte[proposition.nature] : null,
        rang,
        palier: proposition.palier,
        clePeriode,
        cleIdempotence: demande.cleIdempotence,
        periode: proposition.periode,
        moisDebut: proposition.moisDebut,
        moisFin: proposition.moisFin,
        montantRealiseHT: m.realiseHT,
        reportAuSolde: m.reportAuSolde,
        montantSousTraitance: m.sousTraitance,
        montantHT: m.montantHT,
        tauxTvaPointsDeBase: action.organisme.tauxTvaPointsDeBase,
        montantTVA: m.montantTVA,
        montantTTC: m.montantTTC,
        avanceRecuperee: m.avanceRecuperee,
        montantAPayer: m.montantAPayer,
        realiseCumule: proposition.realiseCumule,
        statut: StatutFacture.EMISE,
        dateEmission: parisDay(this.clock.now()),
        instantane: JSON.stringify(instantane(action)),
      }),
    );
    await tx.getRepository(LigneFacture).insert(
      proposition.lignes.map((l, i) => ({ factureId: facture.id, organismeId: facture.organismeId, ordre: i + 1, prestation: l.prestation, libelle: l.libelle, quantite: l.quantite, prixUnitaire: l.prixUnitaire, montant: l.montant })),
    );
    if (m.sousTraitances.length) await tx.getRepository(FactureSousTraitant).update({ id: In(m.sousTraitances.map((s) => s.id)) }, { factureId: facture.id });
    await recordHistory(tx, caller, this.clock, {
      objetType: "Facture",
      objetId: facture.id,
      action: "émission",
      organismeId: facture.organismeId,
      apres: { numero: facture.numero, periode: facture.periode, montantHT: m.montantHT, montantTTC: m.montantTTC, montantAPayer: m.montantAPayer, statut: facture.statut },
    });
    return facture;
  }
}

/** What an invoice prints about its parties, frozen at emission. */
export function instantane(action: ActionCatalogue) {
  const { organisme } = action;
  return {
    action: { numero: action.numero, intitule: action.intitule, numeroContrat: action.numeroContrat },
    organisme: { code: organisme.code, raisonSociale: organisme.raisonSociale, siret: organisme.siret, adresse: organisme.adresse, codePostal: organisme.codePostal, ville: organisme.ville },
  };
}

function plan(action: ActionCatalogue, execution: ActionExecution, etat: Parameters<typeof planFacturation>[2], seuils: readonly [number, number, number]): FactureProposee[] {
  try {
    return planFacturation(action, execution, etat, seuils);
  } catch (error) {
    if (error instanceof PlanImpossible) throw new DomainError("CONFLICT", error.message);
    throw error;
  }
}

function cleDe(demande: DemandeEmission): string {
  if (demande.type === TypeFacture.SOLDE) return "SOLDE";
  if (!demande.moisDebut || !demande.moisFin || !isMois(demande.moisDebut) || !isMois(demande.moisFin) || demande.moisFin < demande.moisDebut) {
    throw badInput("Indiquez la période à facturer : premier et dernier mois au format AAAA-MM.", "moisDebut");
  }
  return `${demande.moisDebut}/${demande.moisFin}`;
}

function dejaEmise(existante: Facture, demande: DemandeEmission): Facture {
  if (demande.cleIdempotence && existante.cleIdempotence === demande.cleIdempotence) return existante;
  throw conflict(`La facture de la période ${existante.periode ?? "demandée"} a déjà été émise (n° ${existante.numero}).`);
}

function choisir(propositions: FactureProposee[], demande: DemandeEmission, execution: ActionExecution): FactureProposee {
  const voulue = propositions.find((p) => (demande.type === TypeFacture.SOLDE ? p.type === "SOLDE" : p.type === "ACOMPTE" && p.moisDebut === demande.moisDebut && p.moisFin === demande.moisFin));
  const libelle = demande.type === TypeFacture.SOLDE ? "du solde" : libellePeriode(demande.moisDebut!, demande.moisFin!);
  if (voulue && voulue.disponible) return voulue;
  if (voulue) throw badInput(`La facture ${demande.type === TypeFacture.SOLDE ? libelle : `de la période ${libelle}`} ne peut pas être émise : ${voulue.raison!.charAt(0).toLowerCase()}${voulue.raison!.slice(1)}`);
  const nonConfirme = execution.declarations.find((d) => !d.confirmee && d.mois >= (demande.moisDebut ?? "") && d.mois <= (demande.moisFin ?? ""));
  if (nonConfirme) throw badInput(`La période ${libelle} ne peut pas être facturée : la déclaration de ${libellePeriode(nonConfirme.mois, nonConfirme.mois).toLowerCase()} n'est pas confirmée.`);
  const offertes = propositions.filter((p) => p.disponible).map((p) => p.periode);
  throw badInput(`Aucune facture à émettre pour ${demande.type === TypeFacture.SOLDE ? "le solde" : `la période ${libelle}`}.${offertes.length ? ` Période(s) à facturer : ${offertes.join(", ")}.` : ""}`);
}
