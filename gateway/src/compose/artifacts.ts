import path from "node:path";
import { fileURLToPath } from "node:url";

const gatewayDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The committed, versioned artifacts of composition (paths overridable for the drift test). */
export const ARTIFACTS = {
  supergraph: process.env.SIGMA_SUPERGRAPH_FILE ?? path.join(gatewayDir, "supergraph.graphql"),
  apiSchema: process.env.SIGMA_API_SCHEMA_FILE ?? path.join(gatewayDir, "api-schema.graphql"),
};
