import { readFileSync } from "node:fs";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloGateway } from "@apollo/gateway";
import { loadKeys } from "@sigma/kit/auth/keys";
import { TokenVerifier } from "@sigma/kit/auth/token";
import { createRequestContext, type RequestContext } from "@sigma/kit/context/context";
import { graphqlHandler, sendJson } from "@sigma/kit/http/graphql-handler";
import { listen, type RunningHttpServer } from "@sigma/kit/http/http-server";
import { accessLogPlugin, withRequestScope } from "@sigma/kit/logging/access-log";
import { initLogger, logger } from "@sigma/kit/logging/logger";
import { maskErrors } from "@sigma/kit/server/error-masking";
import { startTracing, tracing, withServerSpan } from "@sigma/kit/tracing/tracing";
import { ARTIFACTS } from "./compose/artifacts.js";
import type { GatewayConfig } from "./config.js";
import { withCors } from "./http/cors.js";
import { subgraphFetcher, subgraphFetchOptionsFromEnv } from "./http/subgraph-fetcher.js";
import { RateLimiter, withRateLimit } from "./http/rate-limit.js";
import { SIGNED_UPLOAD_PATH, signedUpload } from "./http/signed-upload.js";
import { earlyLimits } from "./early-limits.js";
import { lheoFeed } from "./feeds/lheo.feed.js";
import { armor, limitsFromEnv } from "./limits.js";
import { loadPersistedOperations } from "./persisted/manifest.js";
import { sqlStatementsPlugin } from "./sql-statements.js";
import { SubgraphSource } from "./subgraph-source.js";
import { warmQueryPlans } from "./query-plan-warmup.js";
import { manifestCache, persistedOnlyForBrowsers } from "./persisted/persisted-operations.plugin.js";

export interface RunningGateway {
  url: string;
  close: () => Promise<void>;
}

/**
 * The gateway serves the supergraph composed at build time (gateway/supergraph.graphql):
 * no runtime introspection of subgraphs, no polling.
 */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  initLogger("gateway");
  await startTracing("gateway");
  // @apollo/gateway otherwise probes cloud metadata addresses at start and reports usage metrics to
  // Apollo's servers every hour and at shutdown: a Région's gateway calls no third party.
  process.env.APOLLO_TELEMETRY_DISABLED ??= "true";
  // The gateway verifies tokens too (a bad token stops at the edge) but cannot sign any.
  const verifier = new TokenVerifier(loadKeys({ issuer: false }).publicKey);
  // One keep-alive client (a bounded socket pool per subgraph) for every subgraph call.
  const fetcher = subgraphFetcher(subgraphFetchOptionsFromEnv());
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(ARTIFACTS.supergraph, "utf8"),
    buildService: ({ name, url }) =>
      // Outside production: the subgraphs' SQL statement counts, summed into the answer.
      new SubgraphSource(config.subgraphUrls[name] ?? url!, fetcher, config.production ? null : name),
  });
  const limits = limitsFromEnv();
  const operations = loadPersistedOperations();
  const protection = armor(limits, config.production);
  const server = new ApolloServer<RequestContext>({
    gateway,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // One operation per HTTP request: batching multiplies the cost of a request past the limits.
    allowBatchedHttpRequests: false,
    formatError: maskErrors("gateway"),
    // The process has its own drain on SIGTERM (main.ts): Apollo's handler would stop the server under it.
    stopOnTerminationSignals: false,
    validationRules: protection.validationRules,
    persistedQueries: { cache: manifestCache(operations), ttl: null },
    // armor is typed against the CJS build of @apollo/server; the plugins are plain objects either way.
    plugins: [
      accessLogPlugin<RequestContext>(),
      persistedOnlyForBrowsers(operations, config.production),
      ...(config.production ? [] : [sqlStatementsPlugin]),
      earlyLimits(limits) as ApolloServerPlugin<RequestContext>,
      ...(protection.plugins as unknown as ApolloServerPlugin<RequestContext>[]),
    ],
  });
  await server.start();
  // The persisted operations' query plans, built now rather than on each one's first request.
  warmQueryPlans(gateway, operations.values());

  const limiter = new RateLimiter(config.rateLimit.perMinute, config.rateLimit.burst);
  const graphql = withCors(
    config.corsOrigins,
    withRateLimit(limiter, graphqlHandler(server, (req) => createRequestContext(req, verifier), { maxBodyBytes: config.maxBodyBytes })),
  );
  const http: RunningHttpServer = await listen(
    {
      "/graphql": withRequestScope(withServerSpan(graphql)),
      [SIGNED_UPLOAD_PATH]: withRequestScope(
        withServerSpan(
          withCors(
            config.corsOrigins,
            withRateLimit(
              limiter,
              signedUpload({ target: config.subgraphUrls.finance!.replace(/\/graphql$/, "/fichiers/facture-signee"), maxBytes: config.maxUploadBytes, verifier }),
            ),
          ),
        ),
      ),
      "/feeds/lheo.xml": withRequestScope(withRateLimit(limiter, lheoFeed(server, verifier))),
      "/health": (_req, res) => sendJson(res, 200, { status: "ok", service: "gateway" }),
      "/ready": async (_req, res) => {
        const checks = await Promise.all(
          Object.entries(config.subgraphUrls).map(async ([name, url]) => {
            const ready = await fetch(url.replace(/\/graphql$/, "/ready"), { signal: AbortSignal.timeout(2000) })
              .then((r) => r.ok)
              .catch(() => false);
            return [name, ready] as const;
          }),
        );
        const allReady = checks.every(([, ready]) => ready);
        sendJson(res, allReady ? 200 : 503, { status: allReady ? "ready" : "degraded", subgraphs: Object.fromEntries(checks) });
      },
    },
    config.port,
    config.host,
  );
  logger().info(`prêt sur ${http.url}/graphql`);
  return {
    url: `${http.url}/graphql`,
    close: async () => {
      await http.close();
      await server.stop();
      fetcher.close();
      await tracing().shutdown();
    },
  };
}
