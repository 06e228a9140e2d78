import "reflect-metadata";
import type { IncomingMessage } from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { loadKeys, type KeyMaterial } from "../auth/keys.js";
import { TokenVerifier } from "../auth/token.js";
import { intFromEnv, isProduction, stringFromEnv } from "../config/env.js";
import { Container } from "../container/container.js";
import { createRequestContext, requestStats, type RequestContext } from "../context/context.js";
import { openDatabase, type DatabaseModel } from "../db/data-source.js";
import { databaseConfig, describeDatabase } from "../db/database-config.js";
import { graphqlHandler, sendJson } from "../http/graphql-handler.js";
import { listen, type Routes, type RunningHttpServer } from "../http/http-server.js";
import { accessLogPlugin, withRequestScope } from "../logging/access-log.js";
import { errorFields, initLogger, logger } from "../logging/logger.js";
import { startTracing, tracing, withServerSpan } from "../tracing/tracing.js";
import { maskErrors } from "./error-masking.js";
import { migrateOnly } from "./migrate.js";

export interface SubgraphDefinition {
  /** One word: catalogue, execution, finance. */
  name: string;
  defaultPort: number;
  model: DatabaseModel;
  /** Only the identity module's host signs tokens; every other subgraph only verifies them. */
  issuesTokens?: boolean;
  /** Registers the services (holding the DataSource) that resolvers take in their constructor. */
  register: (container: Container, db: DataSource, keys: KeyMaterial) => void;
  schema: (container: Container) => Promise<GraphQLSchema>;
  /** Background work (an outbox relay…) started after the schema; returns its stopper. */
  background?: (container: Container, db: DataSource, keys: KeyMaterial) => Promise<() => Promise<void>>;
  /**
   * HTTP routes besides /graphql (exact paths, e.g. finance's binary upload of signed PDFs,
   * reached only through the gateway); each verifies the caller's token itself.
   */
  routes?: (container: Container, verifier: TokenVerifier) => Routes;
  /** Demo data for the embedded default; must be idempotent. */
  seed?: (db: DataSource, keys: KeyMaterial) => Promise<void>;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  db: DataSource;
  close: () => Promise<void>;
}

/** Adds the request's SQL statement count to `extensions` outside production (tests, benchmark). */
const sqlCountPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const stats = requestStats.getStore();
        if (stats && response.body.kind === "single") {
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            sqlStatements: stats.sqlStatements,
          };
        }
      },
    };
  },
};

export async function startSubgraph(definition: SubgraphDefinition): Promise<RunningSubgraph> {
  initLogger(definition.name);
  await startTracing(definition.name);
  const upper = definition.name.toUpperCase();
  const port = intFromEnv(`${upper}_PORT`, definition.defaultPort);
  const host = stringFromEnv("SUBGRAPH_HOST", "127.0.0.1");
  const production = isProduction();

  const keys = loadKeys({ issuer: definition.issuesTokens ?? false });
  const verifier = new TokenVerifier(keys.publicKey);
  const dbConfig = databaseConfig(definition.name);
  const db = await openDatabase(dbConfig, definition.model);
  if (definition.seed && stringFromEnv("SIGMA_DEMO_DATA", production ? "0" : "1") === "1") {
    await definition.seed(db, keys);
  }
  const container = new Container();
  definition.register(container, db, keys);
  const schema = await definition.schema(container);
  const stopBackground = definition.background ? await definition.background(container, db, keys) : async () => {};

  const server = new ApolloServer<RequestContext>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    formatError: maskErrors(definition.name),
    // No inline tracing (ftv1): it costs on every request and nobody reads it here.
    plugins: [ApolloServerPluginInlineTraceDisabled(), accessLogPlugin(), ...(production ? [] : [sqlCountPlugin])],
  });
  await server.start();

  const graphql = graphqlHandler(server, (req: IncomingMessage) => createRequestContext(req, verifier), {
    maxBodyBytes: intFromEnv("MAX_BODY_BYTES", 1_000_000),
  });
  const extraRoutes = Object.fromEntries(
    Object.entries(definition.routes?.(container, verifier) ?? {}).map(([path, handler]) => [path, withRequestScope(withServerSpan(handler))]),
  );
  let http: RunningHttpServer | undefined;
  http = await listen(
    {
      ...extraRoutes,
      "/graphql": withRequestScope(withServerSpan((req, res) => requestStats.run({ sqlStatements: 0 }, () => graphql(req, res)))),
      "/health": (_req, res) => sendJson(res, 200, { status: "ok", service: definition.name }),
      "/ready": async (_req, res) => {
        try {
          await db.query("SELECT 1");
          sendJson(res, 200, { status: "ready", service: definition.name });
        } catch {
          sendJson(res, 503, { status: "unavailable", service: definition.name });
        }
      },
    },
    port,
    host,
  );
  logger().info(`prêt sur ${http.url}/graphql (${describeDatabase(dbConfig)})`);

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await http?.close();
      await stopBackground();
      await server.stop();
      await db.destroy();
      await tracing().shutdown();
    })());
  return { name: definition.name, url: `${http.url}/graphql`, db, close };
}

/** Runs a subgraph as a process: starts it and drains on SIGTERM/SIGINT. */
export function runSubgraphProcess(definition: SubgraphDefinition): void {
  if (process.argv.includes("--migrate-only")) {
    migrateOnly(definition).then(
      () => process.exit(0),
      (error: unknown) => {
        logger().fatal({ ...errorFields(error), reason: error instanceof Error ? error.message : String(error) }, "échec des migrations");
        process.exit(1);
      },
    );
    return;
  }
  startSubgraph(definition)
    .then((running) => {
      const stop = (signal: string) => {
        logger().info(`${signal} reçu, arrêt en cours`);
        running.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once("SIGTERM", () => stop("SIGTERM"));
      process.once("SIGINT", () => stop("SIGINT"));
    })
    .catch((error: unknown) => {
      // A start error holds configuration, not data: its message is kept whole.
      logger().fatal({ ...errorFields(error), reason: error instanceof Error ? error.message : String(error) }, "échec du démarrage");
      process.exit(1);
    });
}
