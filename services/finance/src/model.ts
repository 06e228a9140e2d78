import { DimensionAction } from "@sigma/kit/indicateurs/dimension-action.entity";
import { IndicateursIndex1766200000000 } from "./migrations/1766200000000-indicateurs-index.js";
import { Indicateurs1765800000000 } from "./migrations/1765800000000-indicateurs.js";
import { FacturesParStatut1766000000000 } from "./migrations/1766000000000-factures-par-statut.js";
import { EvenementHistorique } from "@sigma/kit/history/historique.entity";
import type { DatabaseModel } from "@sigma/kit/db/data-source";
import { Synchro } from "./avance/synchro.entity.js";
import { Facture } from "./facture/facture.entity.js";
import { LigneFacture } from "./facture/ligne-facture.entity.js";
import { Initial1763000000000 } from "./migrations/1763000000000-initial.js";
import { Proprietaire1763100000000 } from "./migrations/1763100000000-proprietaire.js";
import { Facturation1764000000000 } from "./migrations/1764000000000-facturation.js";
import { DecisionSousTraitance1765000000000 } from "./migrations/1765000000000-decision-sous-traitance.js";
import { Paiement } from "./paiement/paiement.entity.js";
import { FactureSousTraitant } from "./sous-traitance/sous-traitance.entity.js";

/** Finance's tables and the migrations that build them. */
export const financeModel: DatabaseModel = {
  entities: [Facture, LigneFacture, Paiement, FactureSousTraitant, Synchro, EvenementHistorique, DimensionAction],
  migrations: [Initial1763000000000, Proprietaire1763100000000, Facturation1764000000000, DecisionSousTraitance1765000000000, Indicateurs1765800000000, FacturesParStatut1766000000000, IndicateursIndex1766200000000],
};
