import { TokenSigner } from "@sigma/kit/auth/token";
import { clockFromEnv } from "@sigma/kit/clock/clock";
import { intFromEnv, stringFromEnv } from "@sigma/kit/config/env";
import type { SubgraphDefinition } from "@sigma/kit/server/subgraph";
import { Action } from "./action/action.entity.js";
import { ActionService } from "./action/action.service.js";
import { Compte } from "./compte/compte.entity.js";
import { CompteService } from "./compte/compte.service.js";
import { OutboxMessage } from "./compte/outbox.entity.js";
import { logMailer, startOutboxRelay } from "./compte/outbox.relay.js";
import { Reinitialisation } from "./compte/reinitialisation.entity.js";
import { ensureServiceAccounts } from "./compte/service-accounts.js";
import { seedCatalogue } from "./demo/demo.seed.js";
import { Initial1763000000000 } from "./migrations/1763000000000-initial.js";
import { Comptes1763100000000 } from "./migrations/1763100000000-comptes.js";
import { Organisme } from "./organisme/organisme.entity.js";
import { OrganismeLoader } from "./organisme/organisme.loader.js";
import { buildCatalogueSchema } from "./schema.js";

const clock = clockFromEnv();

/** The offer (organismes, contracts, actions, sessions) and identity: the only token issuer. */
export const catalogue: SubgraphDefinition = {
  name: "catalogue",
  defaultPort: 4001,
  issuesTokens: true,
  model: {
    entities: [Organisme, Action, Compte, Reinitialisation, OutboxMessage],
    migrations: [Initial1763000000000, Comptes1763100000000],
  },
  register: (container, db, keys) => {
    const signer = new TokenSigner(keys.privateKey!, intFromEnv("SIGMA_TOKEN_TTL_SECONDS", 8 * 3600));
    const publicUrl = stringFromEnv("SIGMA_PUBLIC_URL", "http://127.0.0.1:5173");
    container
      .register(ActionService, new ActionService(db))
      .register(OrganismeLoader, new OrganismeLoader(db))
      .register(CompteService, new CompteService(db, signer, clock, publicUrl));
  },
  background: async (_container, db, keys) => {
    await ensureServiceAccounts(db, keys.serviceSecret);
    return startOutboxRelay(db, logMailer, clock);
  },
  schema: buildCatalogueSchema,
  seed: seedCatalogue,
};
