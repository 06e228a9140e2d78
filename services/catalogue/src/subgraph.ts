import type { SubgraphDefinition } from "@sigma/kit/server/subgraph";
import { Action } from "./action/action.entity.js";
import { ActionService } from "./action/action.service.js";
import { seedCatalogue } from "./demo/demo.seed.js";
import { Initial1763000000000 } from "./migrations/1763000000000-initial.js";
import { Organisme } from "./organisme/organisme.entity.js";
import { OrganismeLoader } from "./organisme/organisme.loader.js";
import { buildCatalogueSchema } from "./schema.js";

/** The offer: organismes, contracts, actions, sessions. */
export const catalogue: SubgraphDefinition = {
  name: "catalogue",
  defaultPort: 4001,
  model: { entities: [Organisme, Action], migrations: [Initial1763000000000] },
  register: (container, db) => {
    container.register(ActionService, new ActionService(db)).register(OrganismeLoader, new OrganismeLoader(db));
  },
  schema: buildCatalogueSchema,
  seed: seedCatalogue,
};
