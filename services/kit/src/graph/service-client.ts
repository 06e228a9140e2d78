import { stringFromEnv } from "../config/env.js";
import { DomainError } from "../errors/errors.js";
import { requestIdHeader } from "../logging/access-log.js";
import { tracing } from "../tracing/tracing.js";

interface GraphResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
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
    if (first.status !== 401) return this.unwrap(first.body);
    this.token = null;
    return this.unwrap((await this.send<T>(query, variables, await this.jeton())).body);
  }

  private async jeton(): Promise<string> {
    if (this.token && this.token.renewAt > Date.now()) return this.token.jeton;
    const { body } = await this.send<{ connexion: { jeton: string; expiration: string } }>(
      "mutation ServiceConnexion($i: String!, $p: String!) { connexion(identifiant: $i, motDePasse: $p) { jeton expiration } }",
      { i: this.identifiant, p: this.secret },
    );
    const connexion = this.unwrap(body).connexion;
    this.token = { jeton: connexion.jeton, renewAt: new Date(connexion.expiration).getTime() - 60_000 };
    return connexion.jeton;
  }

  private async send<T>(query: string, variables: Record<string, unknown>, jeton?: string) {
    try {
      const response = await fetch(this.gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", ...requestIdHeader(), ...tracing().headers(), ...(jeton ? { authorization: `Bearer ${jeton}` } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      return { status: response.status, body: (await response.json()) as GraphResponse<T> };
    } catch {
      throw unavailable();
    }
  }

  private unwrap<T>(body: GraphResponse<T>): T {
    if (body.errors?.length || !body.data) {
      const code = body.errors?.[0]?.extensions?.code;
      if (code === "BAD_USER_INPUT" || code === "NOT_FOUND") throw new DomainError(code, body.errors![0]!.message);
      throw unavailable();
    }
    return body.data;
  }
}

const unavailable = () =>
  new DomainError("SERVICE_UNAVAILABLE", "Un service de SIGMA-graph est momentanément indisponible : réessayez dans quelques instants.");

/** The client of subgraph `service` (account svc-<service>), from SIGMA_GATEWAY_URL and the service secret. */
export function serviceClient(service: string, secret: string | undefined): ServiceGraphClient {
  if (!secret) throw new Error("SIGMA_SERVICE_SECRET manquant : les lectures inter-services sont impossibles");
  return new ServiceGraphClient(stringFromEnv("SIGMA_GATEWAY_URL", "http://127.0.0.1:4000/graphql"), `svc-${service}`, secret);
}
