// Loaded with NODE_OPTIONS=--import=<this file> by tests that check which modules a process loads:
// every ES module it imports is appended to $SIGMA_IMPORT_LOG_DIR/<pid>.log.
import { register } from "node:module";

register("./import-log.hooks.mjs", import.meta.url);
