import { generateKeyPairSync, randomBytes } from "node:crypto";
import { intFromEnv } from "@sigma/kit/config/env";
import { startStack } from "./stack.js";

/**
 * The whole system in production mode on loopback, for audits such as graphql-cop:
 * NODE_ENV=production, keys generated for this run (as a deployment would configure them),
 * no demo data. Prints the gateway URL and runs until Ctrl-C.
 */
async function main(): Promise<void> {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519", {
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
  const stack = await startStack({
    ports: { gateway: intFromEnv("GATEWAY_PORT", 4000), subgraphs: { catalogue: 0, execution: 0, finance: 0 }, shell: 0, remotes: 0 },
    env: {
      NODE_ENV: "production",
      SIGMA_JWT_PUBLIC_KEY: publicKey,
      SIGMA_JWT_PRIVATE_KEY: privateKey,
      SIGMA_SERVICE_SECRET: randomBytes(24).toString("base64url"),
    },
  });
  process.stdout.write(`Mode production : ${stack.gatewayUrl}\nCtrl-C pour arrêter.\n`);
  const stop = () => stack.stop().then(() => process.exit(0), () => process.exit(1));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Échec du démarrage : ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
