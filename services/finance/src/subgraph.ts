import type { SubgraphDefinition } from "@sigma/kit/server/subgraph";
import { seedFinance } from "./demo/demo.seed.js";
import { Facture } from "./facture/facture.entity.js";
import { FactureService } from "./facture/facture.service.js";
import { Initial1763000000000 } from "./migrations/1763000000000-initial.js";
import { Proprietaire1763100000000 } from "./migrations/1763100000000-proprietaire.js";
import { buildFinanceSchema } from "./schema.js";

/** Money: advances, invoices, payments. */
export const finance: SubgraphDefinition = {
  name: "finance",
  defaultPort: 4003,
  model: { entities: [Facture], migrations: [Initial1763000000000, Proprietaire1763100000000] },
  register: (container, db) => {
    container.register(FactureService, new FactureService(db));
  },
  schema: buildFinanceSchema,
  seed: seedFinance,
};
