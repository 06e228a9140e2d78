import type { Caller } from "@sigma/kit/auth/caller";
import { parisDay, type Clock } from "@sigma/kit/clock/clock";
import { inTransaction, isUniqueViolation } from "@sigma/kit/db/transaction";
import { recordHistory } from "@sigma/kit/history/history";
import { formatHundredthsFr } from "@sigma/kit/money/decimal";
import type { DataSource } from "typeorm";
import type { FinanceConfig } from "../config.js";
import { instantane } from "../facture/emission.service.js";
import { Facture } from "../facture/facture.entity.js";
import { LigneFacture } from "../facture/ligne-facture.entity.js";
import { StatutFacture } from "../facture/statut-facture.enum.js";
import { TypeFacture } from "../facture/type-facture.enum.js";
import { montantAvance } from "../rules/advance.js";
import { ventiler } from "../rules/vat.js";
import type { ActionCatalogue } from "../sources/inputs.js";

/** Finance's own account, author of what it does by itself (the advance at opening). */
export const SYSTEME: Caller = { compteId: "svc-finance", identifiant: "svc-finance", role: "SERVICE", organismeId: null };

/**
 * The advance invoice, emitted when an action opens (seed 003: « l'ouverture déclenche la
 * facture d'avance »): the configured rate of the contract amount, VAT per the organisme.
 * Idempotent: one per action (unique period key "AVANCE"), whoever asks and however often.
 */
export class AvanceService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: FinanceConfig,
  ) {}

  async emettre(action: ActionCatalogue): Promise<{ facture: Facture; creee: boolean }> {
    const existing = await this.db.getRepository(Facture).findOneBy({ actionId: action.id, clePeriode: "AVANCE" });
    if (existing) return { facture: existing, creee: false };
    const ht = montantAvance(action.prixTotal, this.config.tauxAvance);
    const { montantHT, montantTVA, montantTTC } = ventiler(ht, action.organisme.tauxTvaPointsDeBase);
    try {
      const facture = await inTransaction(this.db, async (tx) => {
        const facture = await tx.getRepository(Facture).save(
          tx.getRepository(Facture).create({
            actionId: action.id,
            organismeId: action.organisme.id,
            numero: `${action.numero}-AVANCE`,
            type: TypeFacture.AVANCE,
            clePeriode: "AVANCE",
            periode: null,
            montantHT,
            tauxTvaPointsDeBase: action.organisme.tauxTvaPointsDeBase,
            montantTVA,
            montantTTC,
            montantAPayer: montantTTC,
            statut: StatutFacture.EMISE,
            dateEmission: parisDay(this.clock.now()),
            instantane: JSON.stringify(instantane(action)),
          }),
        );
        const taux = formatHundredthsFr(this.config.tauxAvance);
        await tx.getRepository(LigneFacture).insert({
          factureId: facture.id,
          organismeId: facture.organismeId,
          ordre: 1,
          prestation: "AV",
          libelle: `Avance : ${taux} % du montant du marché (${formatHundredthsFr(action.prixTotal)} €)`,
          quantite: 100,
          prixUnitaire: ht,
          montant: ht,
        });
        await recordHistory(tx, SYSTEME, this.clock, { objetType: "Facture", objetId: facture.id, action: "émission de l'avance", organismeId: facture.organismeId, apres: { numero: facture.numero, montantTTC } });
        return facture;
      });
      return { facture, creee: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return { facture: await this.db.getRepository(Facture).findOneByOrFail({ actionId: action.id, clePeriode: "AVANCE" }), creee: false };
    }
  }
}
