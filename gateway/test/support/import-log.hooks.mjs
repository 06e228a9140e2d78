// Module resolution hooks (node:module register): record each resolved URL, change nothing.
import { appendFileSync } from "node:fs";
import path from "node:path";

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  const dir = process.env.SIGMA_IMPORT_LOG_DIR;
  if (dir) appendFileSync(path.join(dir, `${process.pid}.log`), `${resolved.url}\n`);
  return resolved;
}
