import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { ARTIFACTS } from "./artifacts.js";
import { compose, CompositionError } from "./compose.js";

/**
 * `npm run compose`: recomposes and writes gateway/supergraph.graphql and gateway/api-schema.graphql.
 * `--check`: writes nothing, fails when the committed artifacts differ from what the subgraphs compose to.
 */
const check = process.argv.includes("--check");

compose()
  .then(({ supergraphSdl, apiSchemaSdl }) => {
    const wanted: [string, string][] = [
      [ARTIFACTS.supergraph, supergraphSdl],
      [ARTIFACTS.apiSchema, apiSchemaSdl],
    ];
    if (check) {
      const stale = wanted.filter(([file, text]) => !existsSync(file) || readFileSync(file, "utf8") !== text);
      if (stale.length) {
        process.stderr.write(
          `Artefacts de composition périmés : ${stale.map(([file]) => file).join(", ")}.\nUn sous-graphe a changé de schéma : lancez « npm run compose » et committez le résultat.\n`,
        );
        process.exit(1);
      }
      process.stdout.write("supergraphe à jour\n");
      return;
    }
    for (const [file, text] of wanted) writeFileSync(file, text);
    process.stdout.write(`supergraphe composé : ${ARTIFACTS.supergraph}\nschéma d'API : ${ARTIFACTS.apiSchema}\n`);
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof CompositionError ? error.message : String(error)}\n`);
    process.exit(1);
  });
