import path from "node:path";
import { fileURLToPath } from "node:url";

const gatewayDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The committed, versioned artifacts of composition. */
export const ARTIFACTS = {
  supergraph: path.join(gatewayDir, "supergraph.graphql"),
  apiSchema: path.join(gatewayDir, "api-schema.graphql"),
};
