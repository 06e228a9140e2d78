import { EvenementHistorique } from "@sigma/kit/history/historique.entity";
import { DimensionAction } from "@sigma/kit/indicateurs/dimension-action.entity";
import type { DatabaseModel } from "@sigma/kit/db/data-source";
import { ActionSuivi } from "./action/action-suivi.entity.js";
import { DateDebutAppliquee } from "./action/date-debut-appliquee.entity.js";
import { Enquete } from "./bilan/enquete.entity.js";
import { Absence } from "./declaration/absence.entity.js";
import { DeclarationConfirmation } from "./declaration/confirmation.entity.js";
import { Realisation } from "./declaration/realisation.entity.js";
import { Formateur } from "./formateur/formateur.entity.js";
import { Initial1763000000000 } from "./migrations/1763000000000-initial.js";
import { Proprietaire1763100000000 } from "./migrations/1763100000000-proprietaire.js";
import { Execution1764000000000 } from "./migrations/1764000000000-execution.js";
import { IndicateursIndex1766200000000 } from "./migrations/1766200000000-indicateurs-index.js";
import { Indicateurs1765800000000 } from "./migrations/1765800000000-indicateurs.js";
import { ActionsParStatut1766000000000 } from "./migrations/1766000000000-actions-par-statut.js";
import { HeuresMois1766100000000 } from "./migrations/1766100000000-heures-mois.js";
import { HeuresMois } from "./indicateurs/heures-mois.entity.js";
import { DemandeModificationStagiaire } from "./stagiaire/demande-modification.entity.js";
import { ParcoursIndividualise } from "./stagiaire/parcours.entity.js";
import { PeriodeParcours } from "./stagiaire/periode.entity.js";
import { Stagiaire } from "./stagiaire/stagiaire.entity.js";

/** Execution's tables (entities) and the migrations that build them. */
export const executionModel: DatabaseModel = {
  entities: [
    EvenementHistorique, ActionSuivi, DateDebutAppliquee, Stagiaire, ParcoursIndividualise, PeriodeParcours,
    DemandeModificationStagiaire, Formateur, Realisation, Absence, DeclarationConfirmation, Enquete,
    DimensionAction, HeuresMois,
  ],
  migrations: [Initial1763000000000, Proprietaire1763100000000, Execution1764000000000, Indicateurs1765800000000, ActionsParStatut1766000000000, HeuresMois1766100000000, IndicateursIndex1766200000000],
};
