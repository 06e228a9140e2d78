import { clockFromEnv } from "@sigma/kit/clock/clock";
import { serviceClient, type ServiceGraphClient } from "@sigma/kit/graph/service-client";
import type { SubgraphDefinition } from "@sigma/kit/server/subgraph";
import { DimensionSync } from "@sigma/kit/indicateurs/dimension.sync";
import { IndicateursFinanceService } from "./indicateurs/indicateurs.service.js";
import { AvancePoller } from "./avance/avance.poller.js";
import { AvanceService } from "./avance/avance.service.js";
import { financeConfig } from "./config.js";
import { seedFinance } from "./demo/demo.seed.js";
import { EditionService } from "./edition/edition.service.js";
import { AFacturerService } from "./facture/a-facturer.service.js";
import { DecisionService } from "./facture/decision.service.js";
import { DepotService } from "./facture/depot.service.js";
import { EmissionService } from "./facture/emission.service.js";
import { FactureService } from "./facture/facture.service.js";
import { FileStore } from "./fichier/file-store.js";
import { CHEMIN_DEPOT, routeDepot } from "./fichier/televersement.route.js";
import { financeModel } from "./model.js";
import { buildFinanceSchema } from "./schema.js";
import { CatalogueSource } from "./sources/catalogue.source.js";
import { ExecutionSource, OuverturesSource } from "./sources/execution.source.js";
import { SousTraitanceService } from "./sous-traitance/sous-traitance.service.js";

const clock = clockFromEnv();

/** Money: advances, invoices, signed files, Région decisions, payments. */
export const finance: SubgraphDefinition = {
  name: "finance",
  defaultPort: 4003,
  model: financeModel,
  register: (container, db, keys) => {
    const config = financeConfig();
    // Built on first use: the gateway starts after the subgraphs.
    let client: ServiceGraphClient | undefined;
    const reader = () => (client ??= serviceClient("finance", keys.serviceSecret));
    const catalogue = new CatalogueSource(reader);
    const execution = new ExecutionSource(reader);
    const emission = new EmissionService(db, clock, config);
    const avances = new AvanceService(db, clock, config);
    const factures = new FactureService(db);
    const store = new FileStore(config.fichiersDir);
    const dimensions = new DimensionSync(db, reader);
    container
      .register(DimensionSync, dimensions)
      .register(IndicateursFinanceService, new IndicateursFinanceService(db, dimensions))
      .register(FactureService, factures)
      .register(EditionService, new EditionService(db, clock, config, factures, store))
      .register(EmissionService, emission)
      .register(AvanceService, avances)
      .register(AFacturerService, new AFacturerService(db, catalogue, execution, emission, config))
      .register(DepotService, new DepotService(db, clock, config, store))
      .register(DecisionService, new DecisionService(db, clock))
      .register(SousTraitanceService, new SousTraitanceService(db, clock, catalogue))
      .register(AvancePoller, new AvancePoller(db, clock, new OuverturesSource(reader), catalogue, avances));
  },
  routes: (container, verifier) => ({ [CHEMIN_DEPOT]: routeDepot(container.get(DepotService), verifier, financeConfig().pdfMaxOctets) }),
  background: async (container) => {
    const stopAvances = await container.get(AvancePoller).start(financeConfig().avanceIntervalleMs);
    const stopDimensions = container.get(DimensionSync).demarrer();
    return async () => {
      await stopAvances();
      await stopDimensions();
    };
  },
  schema: buildFinanceSchema,
  seed: seedFinance,
};
