import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { RequestContext } from "@sigma/kit/context/context";
import { tracing } from "@sigma/kit/tracing/tracing";
import { GraphQLError, type GraphQLErrorExtensions } from "graphql";
import { isReadQuery, type SubgraphFetch, type SubgraphResponse } from "./http/subgraph-fetcher.js";
import { countSubgraphStatements } from "./sql-statements.js";

type Response = Awaited<ReturnType<GraphQLDataSource["process"]>>;

interface SubgraphBody {
  data?: Record<string, unknown> | null;
  errors?: { message?: string; extensions?: { code?: string } }[];
  extensions?: Record<string, unknown>;
}

/**
 * How the gateway calls one subgraph: what @apollo/gateway's RemoteGraphQLDataSource does for
 * us, without what it does for features we do not use (APQ, node-fetch Request and Headers
 * objects built for hooks nobody overrides, a second copy of the headers per request):
 * - forwards the caller's token (each subgraph verifies it again: zero trust) and the request
 *   id (one request followed across logs), and `traceparent` when tracing is on (client span);
 * - the subgraph's `cache-control` restricts the answer's cache policy, as Apollo's does;
 * - outside production, sums the subgraphs' `extensions.sqlStatements` into the answer;
 * - a subgraph's HTTP 400 for a custom scalar it refused (Date, Montant, Heures: the gateway
 *   cannot check them) is the caller's error, passed on as BAD_USER_INPUT, not masked.
 */
export class SubgraphSource implements GraphQLDataSource<RequestContext> {
  constructor(
    readonly url: string,
    private readonly fetcher: SubgraphFetch,
    /** The subgraph's name when its SQL statement counts are summed (outside production), else null. */
    private readonly counted: string | null,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<RequestContext>): Promise<Response> {
    const { request } = options;
    // Health checks and schema loading (not used: static supergraph) pass `{}` as the context.
    const context = options.context as Partial<RequestContext> | undefined;
    if (!request.query) throw new Error("Missing query");
    const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
    // Headers @apollo/gateway itself adds (none unless Apollo usage reporting asks for traces).
    if (request.http?.headers) for (const [name, value] of request.http.headers) headers[name] = value;
    if (context?.requestId) headers["x-request-id"] = context.requestId;
    if (context?.token) headers.authorization = `Bearer ${context.token}`;
    const body = JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operationName, extensions: request.extensions });
    const init = { method: "POST", headers, body, read: isReadQuery(request.query) };

    const current = tracing();
    let response: SubgraphResponse;
    try {
      response =
        current.mode === "off"
          ? await this.fetcher(this.url, init)
          : ((await current.fetch(this.fetcher as unknown as typeof fetch, this.url, init as unknown as RequestInit)) as unknown as SubgraphResponse);
    } catch (error) {
      throw unreachable(error, init.read);
    }

    if (!response.ok) throw await errorFromResponse(response);
    const parsed = await parseBody(response);
    if (typeof parsed !== "object" || parsed === null) throw new Error(`Expected JSON response body, but received: ${String(parsed)}`);
    const answer = parsed as SubgraphBody;
    if (this.counted) countSubgraphStatements(options.context as RequestContext, this.counted, answer.extensions);

    if ("incomingRequestContext" in options) {
      const policy = options.incomingRequestContext.overallCachePolicy;
      if (policy && "restrict" in policy) policy.restrict(cacheHint(response.headers.get("cache-control")));
    }
    return answer as Response;
  }
}

/**
 * A subgraph that did not answer (down, or past the deadline: an overloaded monthly rush) is
 * unavailability, not an internal error: SERVICE_UNAVAILABLE, said in French. A mutation past
 * its deadline may have been applied all the same (it is never sent twice): the caller is told
 * to check before sending it again.
 */
function unreachable(error: unknown, read: boolean): GraphQLError {
  const timeout = error instanceof Error && error.name === "TimeoutError";
  const message = timeout && !read
    ? "Le service n'a pas répondu à temps : l'enregistrement a pu aboutir ou non. Vérifiez avant de le refaire."
    : "Un service de SIGMA-graph ne répond pas : réessayez dans quelques instants.";
  return new GraphQLError(message, { extensions: { code: "SERVICE_UNAVAILABLE" }, originalError: error instanceof Error ? error : undefined });
}

async function parseBody(response: SubgraphResponse): Promise<unknown> {
  const type = response.headers.get("content-type");
  return type && (type.startsWith("application/json") || type.startsWith("application/graphql-response+json")) ? response.json() : response.text();
}

/** As RemoteGraphQLDataSource.errorFromResponse, plus the refused-scalar case. */
async function errorFromResponse(response: SubgraphResponse): Promise<GraphQLError> {
  let body: unknown;
  try {
    body = await parseBody(response);
  } catch {
    body = await response.text();
  }
  const first = typeof body === "object" && body !== null ? (body as SubgraphBody).errors?.[0] : undefined;
  const refused = ["BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED"].includes(first?.extensions?.code ?? "");
  if (response.status === 400 && refused && first?.message) return new GraphQLError(first.message, { extensions: { code: "BAD_USER_INPUT" } });
  const extensions: GraphQLErrorExtensions = { response: { url: response.url, status: response.status, statusText: response.statusText, body } };
  if (response.status === 401) extensions.code = "UNAUTHENTICATED";
  else if (response.status === 403) extensions.code = "FORBIDDEN";
  return new GraphQLError(`${response.status}: ${response.statusText}`, { extensions });
}

/** A subgraph answer without `max-age` makes the whole answer uncacheable (Apollo's rule). */
function cacheHint(header: string | null): { maxAge: number; scope?: "PUBLIC" | "PRIVATE" } {
  const hint: { maxAge: number; scope?: "PUBLIC" | "PRIVATE" } = { maxAge: 0 };
  if (!header) return hint;
  for (const part of header.split(",")) {
    const [name, value] = part.trim().toLowerCase().split("=");
    if (name === "max-age" && value && /^\d+$/.test(value)) hint.maxAge = Number(value);
    else if (name === "private") hint.scope = "PRIVATE";
    else if (name === "public") hint.scope = "PUBLIC";
  }
  return hint;
}
