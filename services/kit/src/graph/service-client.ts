import { stringFromEnv } from "../config/env.js";
import { DomainError, type ErrorCode } from "../errors/errors.js";
import { requestIdHeader } from "../logging/access-log.js";
import { tracing } from "../tracing/tracing.js";

interface GraphResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Business refusals of the service called: final, passed on with their code and French message
 * (calling again gives the same answer). Anything else — no answer, a timeout, a 5xx, a subgraph
 * down behind the gateway, a refused service credential — is an availability problem, raised as
 * SERVICE_UNAVAILABLE (retryable), the downstream reason kept in `cause` for the logs.
 */
const REFUSALS: readonly ErrorCode[] = ["BAD_USER_INPUT", "NOT_FOUND", "CONFLICT"];

/** True when calling again later may succeed (transport or availability); false for a business refusal. */
export function isRetryable(error: unknown): boolean {
  return !(error instanceof DomainError) || !REFUSALS.includes(error.extensions.code as ErrorCode);
}

/** What went wrong, for a log line or a bookkeeping column: the code (of a DomainError), the message and its cause. */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = error instanceof DomainError ? `${String(error.extensions.code)} : ` : "";
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : "";
  return `${code}${error.message}${cause}`;
}

/**
 * How a subgraph reads another domain: through the gateway, as a SERVICE account (read-only,
 * every organisme), never by touching another subgraph's tables. Logs in lazily, keeps the
 * token until shortly before it expires, and logs in again once if it is refused.
 */
export class ServiceGraphClient {
  private token: { jeton: string; renewAt: number } | null = null;

  constructor(
    private readonly gatewayUrl: string,
    private readonly identifiant: string,
    private readonly secret: string,
    private readonly timeoutMs = 5_000,
  ) {}

  async query<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const first = await this.send<T>(query, variables, await this.jeton());
    if (first.status !== 401) return this.unwrap(first.status, first.body);
    this.token = null;
    const second = await this.send<T>(query, variables, await this.jeton());
    return this.unwrap(second.status, second.body);
  }

  private async jeton(): Promise<string> {
    if (this.token && this.token.renewAt > Date.now()) return this.token.jeton;
    const { status, body } = await this.send<{ connexion: { jeton: string; expiration: string } }>(
      "mutation ServiceConnexion($i: String!, $p: String!) { connexion(identifiant: $i, motDePasse: $p) { jeton expiration } }",
      { i: this.identifiant, p: this.secret },
    );
    let connexion: { jeton: string; expiration: string };
    try {
      connexion = this.unwrap(status, body).connexion;
    } catch (error) {
      // A refused service credential is a deployment problem, not the caller's: retryable.
      throw unavailable(new Error(`connexion de ${this.identifiant} refusée : ${describeFailure(error)}`));
    }
    this.token = { jeton: connexion.jeton, renewAt: new Date(connexion.expiration).getTime() - 60_000 };
    return connexion.jeton;
  }

  private async send<T>(query: string, variables: Record<string, unknown>, jeton?: string) {
    let response: Response;
    try {
      response = await fetch(this.gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", ...requestIdHeader(), ...tracing().headers(), ...(jeton ? { authorization: `Bearer ${jeton}` } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw unavailable(error);
    }
    try {
      return { status: response.status, body: (await response.json()) as GraphResponse<T> };
    } catch (error) {
      throw unavailable(new Error(`réponse HTTP ${response.status} illisible`, { cause: error }));
    }
  }

  private unwrap<T>(status: number, body: GraphResponse<T>): T {
    if (!body.errors?.length && body.data) return body.data;
    const refusal = body.errors?.find((e) => REFUSALS.includes(e.extensions?.code as ErrorCode));
    if (refusal) throw new DomainError(refusal.extensions!.code as ErrorCode, refusal.message);
    const first = body.errors?.[0];
    throw unavailable(new Error(first ? `${first.extensions?.code ?? "sans code"} : ${first.message}` : `HTTP ${status} sans données`));
  }
}

const unavailable = (cause?: unknown) => {
  const error = new DomainError("SERVICE_UNAVAILABLE", "Un service de SIGMA-graph est momentanément indisponible : réessayez dans quelques instants.");
  if (cause !== undefined) Object.defineProperty(error, "cause", { value: cause, enumerable: false });
  return error;
};

/** The client of subgraph `service` (account svc-<service>), from SIGMA_GATEWAY_URL and the service secret. */
export function serviceClient(service: string, secret: string | undefined): ServiceGraphClient {
  if (!secret) throw new Error("SIGMA_SERVICE_SECRET manquant : les lectures inter-services sont impossibles");
  return new ServiceGraphClient(stringFromEnv("SIGMA_GATEWAY_URL", "http://127.0.0.1:4000/graphql"), `svc-${service}`, secret);
}
