import type { SubgraphDefinition } from "@sigma/kit/server/subgraph";
import { ActionSuivi } from "./action/action-suivi.entity.js";
import { ActionSuiviService } from "./action/action-suivi.service.js";
import { seedExecution } from "./demo/demo.seed.js";
import { Initial1763000000000 } from "./migrations/1763000000000-initial.js";
import { Proprietaire1763100000000 } from "./migrations/1763100000000-proprietaire.js";
import { buildExecutionSchema } from "./schema.js";
import { Stagiaire } from "./stagiaire/stagiaire.entity.js";
import { StagiaireService } from "./stagiaire/stagiaire.service.js";

/** What happened: opening, trainees, hours, closing. */
export const execution: SubgraphDefinition = {
  name: "execution",
  defaultPort: 4002,
  model: { entities: [ActionSuivi, Stagiaire], migrations: [Initial1763000000000, Proprietaire1763100000000] },
  register: (container, db) => {
    container.register(ActionSuiviService, new ActionSuiviService(db)).register(StagiaireService, new StagiaireService(db));
  },
  schema: buildExecutionSchema,
  seed: seedExecution,
};
