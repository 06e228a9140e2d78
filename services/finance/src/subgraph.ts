import type { SubgraphDefinition } from "@sigma/kit/server/subgraph";
import { seedFinance } from "./demo/demo.seed.js";
import { FactureService } from "./facture/facture.service.js";
import { financeModel } from "./model.js";
import { buildFinanceSchema } from "./schema.js";

/** Money: advances, invoices, payments. */
export const finance: SubgraphDefinition = {
  name: "finance",
  defaultPort: 4003,
  model: financeModel,
  register: (container, db) => {
    container.register(FactureService, new FactureService(db));
  },
  schema: buildFinanceSchema,
  seed: seedFinance,
};
