import { createPrivateKey, sign } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

const b64 = (value: string | Buffer) => Buffer.from(value).toString("base64url");

/**
 * `count` distinct bearer tokens for the account behind `authorization` (the same claims, each
 * with its own `jti`), signed with the throwaway key pair of the benchmark's own stack
 * (<dataDir>/keys.json). They stand for many users of one organisme during the monthly rush:
 * requests that differ by their Authorization header, as real traffic does, so no gateway can
 * answer ten clients with one subgraph fetch (Hive Gateway coalesces identical in-flight
 * subgraph requests by default, which a single shared token would turn into a win it would
 * not have in production).
 */
export function userTokens(dataDir: string, authorization: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => signedToken(dataDir, authorization, { jti: `bench-${i}` }));
}

/**
 * `authorization`'s token with some claims replaced (another organisme, another user), signed
 * with the stack's throwaway key: the generated organismes have no account to log in with.
 */
export function signedToken(dataDir: string, authorization: string, claims: Record<string, unknown>): string {
  const [header, payload] = authorization.replace(/^Bearer /, "").split(".") as [string, string];
  const base = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
  const { privateKey } = JSON.parse(readFileSync(path.join(dataDir, "keys.json"), "utf8")) as { privateKey: string };
  const signingInput = `${header}.${b64(JSON.stringify({ ...base, ...claims }))}`;
  return `Bearer ${signingInput}.${b64(sign(null, Buffer.from(signingInput), createPrivateKey(privateKey)))}`;
}
