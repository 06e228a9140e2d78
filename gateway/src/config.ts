import { intFromEnv, isProduction, stringFromEnv } from "@sigma/kit/config/env";
import { SUBGRAPHS } from "./compose/subgraphs.js";

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  /** Subgraph name → URL of its /graphql endpoint. */
  subgraphUrls: Record<string, string>;
  /** Browser origins allowed to call the graph (the shell's). */
  corsOrigins: string[];
  maxBodyBytes: number;
  /** Largest signed PDF accepted by the binary upload endpoint (the GraphQL endpoint keeps maxBodyBytes). */
  maxUploadBytes: number;
  rateLimit: { perMinute: number; burst: number };
}

/** Environment parsed and checked once at start. */
export function gatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const subgraphUrls: Record<string, string> = {};
  for (const { name, defaultUrl } of SUBGRAPHS) {
    const upper = name.toUpperCase();
    const port = env[`${upper}_PORT`];
    subgraphUrls[name] = stringFromEnv(
      `${upper}_URL`,
      port ? defaultUrl.replace(/:\d+\//, `:${port}/`) : defaultUrl,
      env,
    );
  }
  return {
    port: intFromEnv("GATEWAY_PORT", 4000, env),
    host: stringFromEnv("GATEWAY_HOST", "127.0.0.1", env),
    production: isProduction(env),
    subgraphUrls,
    corsOrigins: stringFromEnv("CORS_ORIGINS", "http://127.0.0.1:5173,http://localhost:5173", env)
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
    maxBodyBytes: intFromEnv("MAX_BODY_BYTES", 100_000, env),
    maxUploadBytes: intFromEnv("MAX_UPLOAD_BYTES", 5_000_000, env),
    rateLimit: { perMinute: intFromEnv("RATE_LIMIT_PER_MINUTE", 1200, env), burst: intFromEnv("RATE_LIMIT_BURST", 200, env) },
  };
}
