import { clockFromEnv } from "@sigma/kit/clock/clock";
import { serviceClient, type ServiceGraphClient } from "@sigma/kit/graph/service-client";
import type { SubgraphDefinition } from "@sigma/kit/server/subgraph";
import { DimensionSync } from "@sigma/kit/indicateurs/dimension.sync";
import { IndicateursExecutionService } from "./indicateurs/indicateurs.service.js";
import { ActionAccess, Horloge } from "./access/access.js";
import { ActionSuiviService } from "./action/action-suivi.service.js";
import { OuvertureService } from "./action/ouverture.service.js";
import { EnqueteService } from "./bilan/enquete.service.js";
import { ActionReferenceClient } from "./catalogue/action-reference.client.js";
import { ClotureService } from "./cloture/cloture.service.js";
import { DeclarationService } from "./declaration/declaration.service.js";
import { SaisieService } from "./declaration/saisie.service.js";
import { seedExecution } from "./demo/demo.seed.js";
import { FormateurService } from "./formateur/formateur.service.js";
import { HistoriqueService } from "./historique/historique.service.js";
import { ExportStagiaireService } from "./rgpd/export.service.js";
import { ImportService } from "./import/import.service.js";
import { executionModel } from "./model.js";
import { buildExecutionSchema } from "./schema.js";
import { DemandeModificationService } from "./stagiaire/demande-modification.service.js";
import { SortieService } from "./stagiaire/sortie.service.js";
import { StagiaireEcritureService } from "./stagiaire/stagiaire-ecriture.service.js";
import { StagiaireService } from "./stagiaire/stagiaire.service.js";
import { TableauService } from "./tableau/tableau.service.js";

/** What happened: opening, trainees, trainers, monthly hours, exits, closing, surveys. */
export const execution: SubgraphDefinition = {
  name: "execution",
  defaultPort: 4002,
  model: executionModel,
  register: (container, db, keys) => {
    const clock = clockFromEnv();
    let graph: ServiceGraphClient | undefined;
    // Created on first use: the service secret is only needed once execution reads catalogue.
    const catalogue = new ActionReferenceClient(() => (graph ??= serviceClient("execution", keys.serviceSecret)));
    const access = new ActionAccess(catalogue);
    const ecriture = new StagiaireEcritureService(db, access, clock);
    const horloge = new Horloge(clock);
    const suivis = new ActionSuiviService(db);
    const stagiaires = new StagiaireService(db, suivis, horloge);
    const saisie = new SaisieService(db, access, clock);
    const dimensions = new DimensionSync(db, () => (graph ??= serviceClient("execution", keys.serviceSecret)));
    const indicateurs = new IndicateursExecutionService(db, clock, dimensions);
    container
      .register(DimensionSync, dimensions)
      .register(IndicateursExecutionService, indicateurs)
      .register(Horloge, horloge)
      .register(ActionSuiviService, suivis)
      .register(OuvertureService, new OuvertureService(db, access, clock))
      .register(StagiaireService, stagiaires)
      .register(StagiaireEcritureService, ecriture)
      .register(SortieService, new SortieService(db, clock))
      .register(FormateurService, new FormateurService(db, access, clock))
      .register(DeclarationService, new DeclarationService(db, suivis, stagiaires, horloge))
      .register(SaisieService, saisie)
      .register(ClotureService, new ClotureService(db, access, clock))
      .register(EnqueteService, new EnqueteService(db, stagiaires, horloge, clock))
      .register(TableauService, new TableauService(db, indicateurs))
      .register(ImportService, new ImportService(db, access, ecriture, saisie))
      .register(HistoriqueService, new HistoriqueService(db))
      .register(ExportStagiaireService, new ExportStagiaireService(db, clock))
      .register(DemandeModificationService, new DemandeModificationService(db, access, catalogue, ecriture, clock));
  },
  background: async (container) => container.get(DimensionSync).demarrer(),
  schema: buildExecutionSchema,
  seed: seedExecution,
};
