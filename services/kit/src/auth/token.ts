import { createHash, createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { ROLES, type Caller, type Role } from "./caller.js";

const ISSUER = "sigma-graph";
const AUDIENCE = "sigma-graph";

export interface TokenVerifierOptions {
  /**
   * How many verified tokens are remembered (LRU), each until its own expiry; 0 turns the
   * memory off. Default: `SIGMA_TOKEN_CACHE_SIZE` or 10 000.
   */
  cacheSize?: number;
  /** Epoch ms (tests). */
  now?: () => number;
}

interface Remembered {
  caller: Caller;
  /** Epoch ms after which the token is no longer accepted (its `exp`). */
  expiresAt: number;
}

function defaultCacheSize(): number {
  const raw = process.env.SIGMA_TOKEN_CACHE_SIZE;
  const value = raw === undefined || raw === "" ? 10_000 : Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`SIGMA_TOKEN_CACHE_SIZE doit être un entier positif (reçu « ${raw} »)`);
  return value;
}

/**
 * Verifies bearer tokens with the public key only.
 *
 * An Ed25519 signature check costs ~60 µs of CPU, paid by the gateway and again by every subgraph
 * a request reaches, on every request. A token that verified is therefore remembered until its
 * own `exp` (tokens are not revocable before it: nothing is lost), in a bounded LRU keyed by the
 * token's SHA-256 (the tokens themselves are not kept). Only successes are remembered: a forged
 * or expired token is checked — and refused — every time, and cannot fill the memory.
 */
export class TokenVerifier {
  private readonly key: KeyObject;
  private readonly cacheSize: number;
  private readonly now: () => number;
  /** Insertion order = recency (a hit is moved to the end); the oldest is dropped past `cacheSize`. */
  private readonly verified = new Map<string, Remembered>();

  constructor(publicKeyPem: string, options: TokenVerifierOptions = {}) {
    this.key = createPublicKey(publicKeyPem);
    this.cacheSize = options.cacheSize ?? defaultCacheSize();
    this.now = options.now ?? Date.now;
  }

  /** The caller of a valid token; null for anything else (bad signature, expired, wrong audience…). */
  async verify(token: string): Promise<Caller | null> {
    if (this.cacheSize === 0) return (await this.check(token))?.caller ?? null;
    const key = createHash("sha256").update(token).digest("base64url");
    const hit = this.verified.get(key);
    if (hit) {
      this.verified.delete(key);
      if (hit.expiresAt > this.now()) {
        this.verified.set(key, hit);
        return hit.caller;
      }
    }
    const checked = await this.check(token);
    if (!checked) return null;
    if (checked.expiresAt !== null) {
      this.verified.set(key, { caller: checked.caller, expiresAt: checked.expiresAt });
      if (this.verified.size > this.cacheSize) this.verified.delete(this.verified.keys().next().value!);
    }
    return checked.caller;
  }

  /** Tokens remembered now (tests, metrics). */
  get remembered(): number {
    return this.verified.size;
  }

  private async check(token: string): Promise<{ caller: Caller; expiresAt: number | null } | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ["EdDSA"],
        currentDate: new Date(this.now()),
      });
      const role = payload.role as Role;
      if (!payload.sub || !ROLES.includes(role) || typeof payload.idf !== "string") return null;
      const organismeId = typeof payload.org === "number" ? payload.org : null;
      if (role === "ORGANISME" && organismeId === null) return null;
      const caller: Caller = Object.freeze({ compteId: payload.sub, identifiant: payload.idf, role, organismeId: role === "ORGANISME" ? organismeId : null });
      return { caller, expiresAt: typeof payload.exp === "number" ? payload.exp * 1000 : null };
    } catch {
      return null;
    }
  }
}

/** Signs tokens: held by the issuing service only. */
export class TokenSigner {
  private readonly key: KeyObject;

  constructor(privateKeyPem: string, private readonly ttlSeconds: number) {
    this.key = createPrivateKey(privateKeyPem);
  }

  async sign(caller: Caller): Promise<{ jeton: string; expiration: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + this.ttlSeconds;
    const jeton = await new SignJWT({ role: caller.role, idf: caller.identifiant, org: caller.organismeId ?? undefined })
      .setProtectedHeader({ alg: "EdDSA", typ: "JWT" })
      .setSubject(caller.compteId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .sign(this.key);
    return { jeton, expiration: new Date(exp * 1000) };
  }
}

/** The token of an `Authorization: Bearer …` header; undefined when absent, null when malformed. */
export function bearerToken(header: string | string[] | undefined): string | null | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value === "") return undefined;
  const match = /^Bearer ([A-Za-z0-9._-]{10,4096})$/.exec(value);
  return match ? match[1]! : null;
}
