import { writeFileSync } from "node:fs";
import { ARTIFACTS } from "./artifacts.js";
import { compose, CompositionError } from "./compose.js";

/** `pnpm compose`: recomposes and writes gateway/supergraph.graphql and gateway/api-schema.graphql. */
compose()
  .then(({ supergraphSdl, apiSchemaSdl }) => {
    writeFileSync(ARTIFACTS.supergraph, supergraphSdl);
    writeFileSync(ARTIFACTS.apiSchema, apiSchemaSdl);
    process.stdout.write(`supergraphe composé : ${ARTIFACTS.supergraph}\nschéma d'API : ${ARTIFACTS.apiSchema}\n`);
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof CompositionError ? error.message : String(error)}\n`);
    process.exit(1);
  });
