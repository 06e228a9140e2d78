import { TokenSigner } from "@sigma/kit/auth/token";
import { clockFromEnv } from "@sigma/kit/clock/clock";
import { intFromEnv, isProduction, stringFromEnv } from "@sigma/kit/config/env";
import { serviceClient, type ServiceGraphClient } from "@sigma/kit/graph/service-client";
import { EvenementHistorique } from "@sigma/kit/history/historique.entity";
import type { SubgraphDefinition } from "@sigma/kit/server/subgraph";
import { Action } from "./action/action.entity.js";
import { ActionService } from "./action/action.service.js";
import { Compte } from "./compte/compte.entity.js";
import { CompteService } from "./compte/compte.service.js";
import { OutboxMessage } from "./compte/outbox.entity.js";
import { logMailer, startOutboxRelay } from "./compte/outbox.relay.js";
import { Reinitialisation } from "./compte/reinitialisation.entity.js";
import { ensureServiceAccounts } from "./compte/service-accounts.js";
import { Composante } from "./composante/composante.entity.js";
import { ComposanteService } from "./composante/composante.service.js";
import { PeriodePrevue } from "./composante/periode.entity.js";
import { Prestation } from "./composante/prestation.entity.js";
import { DatesDemande } from "./demande/demande-dates.js";
import { DecisionService } from "./demande/demande-decision.service.js";
import { SessionsDemande } from "./demande/demande-sessions.js";
import { DemandeModification } from "./demande/demande.entity.js";
import { DemandeLoader } from "./demande/demande.loader.js";
import { DemandeService } from "./demande/demande.service.js";
import { DemandeStore } from "./demande/demande.store.js";
import { LigneModification } from "./demande/ligne-modification.entity.js";
import { seedCatalogue } from "./demo/demo.seed.js";
import { GraphExecutionPort } from "./execution/execution.port.js";
import { PropagationDateReelle } from "./execution/propagation.entity.js";
import { startPropagationRelay } from "./execution/propagation.relay.js";
import { Compteur } from "./flux/compteur.entity.js";
import { FluxService } from "./flux/flux.service.js";
import { LheoService } from "./flux/lheo.service.js";
import { IndicateursOffreService } from "./indicateurs/indicateurs.service.js";
import { HistoriqueLoader } from "./historique/historique.loader.js";
import { Marche } from "./marche/marche.entity.js";
import { MarcheService } from "./marche/marche.service.js";
import { MarcheSousTraitant } from "./marche/sous-traitant.entity.js";
import { Initial1763000000000 } from "./migrations/1763000000000-initial.js";
import { Comptes1763100000000 } from "./migrations/1763100000000-comptes.js";
import { Offre1763200000000 } from "./migrations/1763200000000-offre.js";
import { Sessions1763300000000 } from "./migrations/1763300000000-sessions.js";
import { PropagationRefusee1763400000000 } from "./migrations/1763400000000-propagation-refusee.js";
import { IndicateursIndex1766200000000 } from "./migrations/1766200000000-indicateurs-index.js";
import { Indicateurs1765800000000 } from "./migrations/1765800000000-indicateurs.js";
import { ListeActions1766000000000 } from "./migrations/1766000000000-liste-actions.js";
import { Organisme } from "./organisme/organisme.entity.js";
import { OrganismeLoader } from "./organisme/organisme.loader.js";
import { SiteRealisation } from "./organisme/site.entity.js";
import { buildCatalogueSchema } from "./schema.js";
import { InformationCollective } from "./session/information-collective.entity.js";
import { Session } from "./session/session.entity.js";
import { SessionService } from "./session/session.service.js";

const clock = clockFromEnv();

/** The offer (organismes, contracts, actions, sessions, demandes, CARIF feed) and identity: the only token issuer. */
export const catalogue: SubgraphDefinition = {
  name: "catalogue",
  defaultPort: 4001,
  issuesTokens: true,
  model: {
    entities: [
      Organisme, SiteRealisation, Marche, MarcheSousTraitant, Action, Composante, Prestation, PeriodePrevue, Session,
      InformationCollective, DemandeModification, LigneModification, Compteur, PropagationDateReelle, EvenementHistorique,
      Compte, Reinitialisation, OutboxMessage,
    ],
    migrations: [Initial1763000000000, Comptes1763100000000, Offre1763200000000, Sessions1763300000000, PropagationRefusee1763400000000, Indicateurs1765800000000, ListeActions1766000000000, IndicateursIndex1766200000000],
  },
  register: (container, db, keys) => {
    const signer = new TokenSigner(keys.privateKey!, intFromEnv("SIGMA_TOKEN_TTL_SECONDS", 8 * 3600));
    const publicUrl = stringFromEnv("SIGMA_PUBLIC_URL", "http://127.0.0.1:5173");
    let client: ServiceGraphClient | undefined;
    // Created on first use: reading execution needs the service secret, serving the offer does not.
    const execution = new GraphExecutionPort(() => (client ??= serviceClient("catalogue", keys.serviceSecret)));
    const organismes = new OrganismeLoader(db);
    const store = new DemandeStore(db, clock);
    const dates = new DatesDemande(store, execution);
    container
      .register(ActionService, new ActionService(db))
      .register(OrganismeLoader, organismes)
      .register(MarcheService, new MarcheService(db, organismes))
      .register(ComposanteService, new ComposanteService(db))
      .register(SessionService, new SessionService(db))
      .register(DemandeLoader, new DemandeLoader(db))
      .register(HistoriqueLoader, new HistoriqueLoader(db))
      .register(GraphExecutionPort, execution)
      .register(DemandeService, new DemandeService(store, new SessionsDemande(store), dates))
      .register(DecisionService, new DecisionService(store, dates))
      .register(FluxService, new FluxService(db))
      .register(LheoService, new LheoService(db))
      .register(IndicateursOffreService, new IndicateursOffreService(db, clock))
      .register(CompteService, new CompteService(db, signer, clock, publicUrl));
  },
  background: async (container, db, keys) => {
    await ensureServiceAccounts(db, keys.serviceSecret);
    // The log stands in for a mail server in the embedded default only: in production the reset
    // links stay in the outbox table for the deployment's mail relay, never in the logs.
    const stopOutbox = isProduction() ? async () => {} : startOutboxRelay(db, logMailer, clock);
    const stopPropagation = keys.serviceSecret ? startPropagationRelay(db, container.get(GraphExecutionPort), clock) : async () => {};
    return async () => {
      await stopOutbox();
      await stopPropagation();
    };
  },
  schema: buildCatalogueSchema,
  seed: seedCatalogue,
};
