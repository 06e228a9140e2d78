import { generateKeyPairSync, randomBytes } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../config/env.js";

export interface KeyMaterial {
  /** EdDSA (Ed25519) public key, PEM: every service verifies tokens with it. */
  publicKey: string;
  /** Private key, PEM: only the issuer (catalogue's identity module) may hold it. */
  privateKey?: string;
  /** Password of the service accounts (subgraph-to-subgraph reads through the gateway). */
  serviceSecret?: string;
}

interface DevKeyFile {
  publicKey: string;
  privateKey: string;
  serviceSecret: string;
}

/**
 * Keys come from configuration (`SIGMA_JWT_PUBLIC_KEY`, `SIGMA_JWT_PRIVATE_KEY` for the issuer
 * only, `SIGMA_SERVICE_SECRET`), as PEM text or `…_FILE` paths. In the embedded default (not
 * production) a pair is generated once under the data folder and shared by the local services.
 */
export function loadKeys(options: { issuer: boolean }, env: NodeJS.ProcessEnv = process.env): KeyMaterial {
  const fromEnv = (name: string) => env[name] ?? (env[`${name}_FILE`] ? readFileSync(env[`${name}_FILE`]!, "utf8") : undefined);
  const publicKey = fromEnv("SIGMA_JWT_PUBLIC_KEY");
  if (publicKey) {
    const privateKey = options.issuer ? fromEnv("SIGMA_JWT_PRIVATE_KEY") : undefined;
    if (options.issuer && !privateKey) throw new Error("SIGMA_JWT_PRIVATE_KEY manquant pour le service émetteur des jetons");
    return { publicKey, privateKey, serviceSecret: fromEnv("SIGMA_SERVICE_SECRET") };
  }
  if (env.NODE_ENV === "production") throw new Error("SIGMA_JWT_PUBLIC_KEY est obligatoire en production");
  const dev = devKeys(path.join(env.SIGMA_DATA_DIR || path.join(repoRoot, ".data"), "keys.json"));
  return { publicKey: dev.publicKey, privateKey: options.issuer ? dev.privateKey : undefined, serviceSecret: dev.serviceSecret };
}

/** Generated once; several processes may race to create it: the first link wins, the others read it. */
function devKeys(file: string): DevKeyFile {
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    const { publicKey, privateKey } = generateKeyPairSync("ed25519", {
      publicKeyEncoding: { type: "spki", format: "pem" },
      privateKeyEncoding: { type: "pkcs8", format: "pem" },
    });
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
    writeFileSync(tmp, JSON.stringify({ publicKey, privateKey, serviceSecret: randomBytes(24).toString("base64url") }), { mode: 0o600 });
    try {
      linkSync(tmp, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      rmSync(tmp, { force: true });
    }
  }
  return JSON.parse(readFileSync(file, "utf8")) as DevKeyFile;
}
