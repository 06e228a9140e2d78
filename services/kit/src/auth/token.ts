import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { ROLES, type Caller, type Role } from "./caller.js";

const ISSUER = "sigma-graph";
const AUDIENCE = "sigma-graph";

/** Verifies bearer tokens with the public key only. */
export class TokenVerifier {
  private readonly key: KeyObject;

  constructor(publicKeyPem: string) {
    this.key = createPublicKey(publicKeyPem);
  }

  /** The caller of a valid token; null for anything else (bad signature, expired, wrong audience…). */
  async verify(token: string): Promise<Caller | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ["EdDSA"] });
      const role = payload.role as Role;
      if (!payload.sub || !ROLES.includes(role) || typeof payload.idf !== "string") return null;
      const organismeId = typeof payload.org === "number" ? payload.org : null;
      if (role === "ORGANISME" && organismeId === null) return null;
      return { compteId: payload.sub, identifiant: payload.idf, role, organismeId: role === "ORGANISME" ? organismeId : null };
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
