import { writeFileSync } from "node:fs";
import { collectFrontendManifests, PERSISTED_OPERATIONS_FILE } from "./manifest.js";

/** After codegen: writes gateway/persisted-operations.json from the front ends' manifests. */
const operations = collectFrontendManifests();
writeFileSync(PERSISTED_OPERATIONS_FILE, `${JSON.stringify(operations, null, 2)}\n`);
process.stdout.write(`${Object.keys(operations).length} opérations persistées : ${PERSISTED_OPERATIONS_FILE}\n`);
