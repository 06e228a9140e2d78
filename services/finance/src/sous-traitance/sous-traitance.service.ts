import { parisDay, type Clock } from "@sigma/kit/clock/clock";
import type { RequestContext } from "@sigma/kit/context/context";
import { inTransaction } from "@sigma/kit/db/transaction";
import { badInput, conflict, DomainError, forbidden, notFound } from "@sigma/kit/errors/errors";
import { recordHistory } from "@sigma/kit/history/history";
import { manyByKey } from "@sigma/kit/loaders/loaders";
import { organismeScope, type Caller } from "@sigma/kit/auth/caller";
import { In, type DataSource } from "typeorm";
import type { CatalogueSource } from "../sources/catalogue.source.js";
import { formatHundredthsFr } from "@sigma/kit/money/decimal";
import { FactureSousTraitant } from "./sous-traitance.entity.js";
import { LIBELLES_SOUS_TRAITANCE, StatutSousTraitance } from "./statut-sous-traitance.enum.js";

export interface SaisieSousTraitance {
  actionId: number;
  sousTraitantId: number;
  montantHT: number;
}

/**
 * « Créer une facture pour un sous-traitant » (seed 001 § 3.6.1.2): the titulaire records the
 * contractant (one of the marché's sous-traitants) and the amount HT; its next invoice states
 * and deducts it.
 */
export class SousTraitanceService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly catalogue: CatalogueSource,
  ) {}

  private readonly byAction = async (ids: readonly number[], organismeId: number | null) =>
    manyByKey(ids, await this.db.getRepository(FactureSousTraitant).find({ where: { actionId: In([...ids]), ...(organismeId === null ? {} : { organismeId }) }, order: { id: "ASC" } }), (s) => s.actionId);

  ofAction(ctx: RequestContext, caller: Caller, actionId: number): Promise<FactureSousTraitant[]> {
    return ctx.loaders.get(this.byAction, organismeScope(caller)).load(actionId);
  }

  async enregistrer(caller: Caller, saisie: SaisieSousTraitance): Promise<FactureSousTraitant> {
    if (caller.role !== "ORGANISME") throw forbidden("Seul le titulaire saisit la facture d'un sous-traitant.");
    if (saisie.montantHT <= 0) throw badInput("Le montant HT doit être positif.", "montantHT");
    const action = await this.catalogue.action(saisie.actionId);
    if (action === undefined) throw new DomainError("SERVICE_UNAVAILABLE", "Le catalogue est momentanément indisponible : réessayez dans quelques instants.");
    if (!action || action.organisme.id !== caller.organismeId) throw notFound("Action introuvable.");
    const sousTraitant = action.sousTraitants.find((s) => s.id === saisie.sousTraitantId);
    if (!sousTraitant) throw badInput("Ce contractant n'est pas un sous-traitant du marché de l'action.", "sousTraitantId");
    return inTransaction(this.db, async (tx) => {
      const row = await tx.getRepository(FactureSousTraitant).save(
        tx.getRepository(FactureSousTraitant).create({
          actionId: action.id,
          organismeId: action.organisme.id,
          sousTraitantId: sousTraitant.id,
          sousTraitant: sousTraitant.raisonSociale,
          montantHT: saisie.montantHT,
          dateSaisie: parisDay(this.clock.now()),
          factureId: null,
        }),
      );
      await recordHistory(tx, caller, this.clock, { objetType: "FactureSousTraitant", objetId: row.id, action: "saisie", organismeId: row.organismeId, apres: { sousTraitant: row.sousTraitant, montantHT: row.montantHT } });
      return row;
    });
  }

  /**
   * The Région validates a subcontractor's invoice « émise à la Région » (seed 001 § 3.6.1.2):
   * only then is it stated and deducted on the titulaire's next invoice (the Région pays the
   * subcontractor directly, so it must have accepted the invoice first).
   */
  valider(caller: Caller, id: number): Promise<FactureSousTraitant> {
    return this.decider(caller, id, "valider", () => ({ statut: StatutSousTraitance.VALIDEE }));
  }

  /** The Région rejects it with a reason: it is never deducted; the titulaire may record a corrected one. */
  async rejeter(caller: Caller, id: number, motif: string): Promise<FactureSousTraitant> {
    exigerRegion(caller, "rejeter");
    const raison = motif.trim();
    if (raison.length < 3 || raison.length > 500) throw badInput("Indiquez le motif du rejet (3 à 500 caractères).", "motif");
    return this.decider(caller, id, "rejeter", () => ({ statut: StatutSousTraitance.REJETEE, motifRejet: raison }));
  }

  private async decider(caller: Caller, id: number, verbe: string, changes: () => Partial<FactureSousTraitant>): Promise<FactureSousTraitant> {
    exigerRegion(caller, verbe);
    return inTransaction(this.db, async (tx) => {
      const repo = tx.getRepository(FactureSousTraitant);
      const row = await repo.findOneBy({ id });
      if (!row) throw notFound("Facture de sous-traitant introuvable.");
      if (row.statut !== StatutSousTraitance.EN_ATTENTE) {
        throw conflict(`La facture de ${row.sousTraitant} (${formatHundredthsFr(row.montantHT)} € HT) est déjà ${LIBELLES_SOUS_TRAITANCE[row.statut]} : la décision de la Région ne change plus.`);
      }
      const apres = { ...changes(), dateDecision: parisDay(this.clock.now()) };
      const result = await repo.update({ id: row.id, version: row.version }, { ...apres, version: row.version + 1 });
      if (!result.affected) throw conflict("La facture du sous-traitant vient d'être modifiée par ailleurs : rechargez-la puis recommencez.");
      await recordHistory(tx, caller, this.clock, {
        objetType: "FactureSousTraitant",
        objetId: row.id,
        action: apres.statut === StatutSousTraitance.VALIDEE ? "validation Région" : "rejet Région",
        organismeId: row.organismeId,
        avant: { statut: row.statut },
        apres,
      });
      return Object.assign(row, apres, { version: row.version + 1 });
    });
  }
}

/** Only REGION decides, checked before any input so that nothing is learnt from a refusal. */
function exigerRegion(caller: Caller, verbe: string): void {
  if (caller.role !== "REGION") throw forbidden(`Seule la Région peut ${verbe} la facture d'un sous-traitant.`);
}
