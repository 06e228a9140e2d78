import { parisDay, type Clock } from "@sigma/kit/clock/clock";
import type { RequestContext } from "@sigma/kit/context/context";
import { inTransaction } from "@sigma/kit/db/transaction";
import { badInput, DomainError, forbidden, notFound } from "@sigma/kit/errors/errors";
import { recordHistory } from "@sigma/kit/history/history";
import { manyByKey } from "@sigma/kit/loaders/loaders";
import { organismeScope, type Caller } from "@sigma/kit/auth/caller";
import { In, type DataSource } from "typeorm";
import type { CatalogueSource } from "../sources/catalogue.source.js";
import { FactureSousTraitant } from "./sous-traitance.entity.js";

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
}
