import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { USED_EXPORTS } from "./federation";

/** Every named import of a tree-shaken shared package, in the given source folders. */
function importsOf(pkg: string, dirs: string[]): Set<string> {
  const found = new Set<string>();
  const pattern = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*"${pkg.replace(/[/@]/g, "\\$&")}"`, "g");
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "gql" && entry.name !== "node_modules") walk(file);
      } else if (/\.tsx?$/.test(entry.name)) {
        for (const match of readFileSync(file, "utf8").matchAll(pattern)) {
          for (const name of match[1]!.split(",")) {
            const clean = name.trim().replace(/^type\s+/, "").split(/\s+as\s+/)[0]!;
            if (clean && !name.trim().startsWith("type ")) found.add(clean);
          }
        }
      }
    }
  };
  for (const dir of dirs) walk(dir);
  return found;
}

const frontends = path.resolve(import.meta.dirname, "../../..");
const sources = readdirSync(frontends, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== "e2e")
  .map((d) => path.join(frontends, d.name, "src"));

describe("USED_EXPORTS", () => {
  it.each(Object.keys(USED_EXPORTS) as (keyof typeof USED_EXPORTS)[])("covers every value imported from %s by the front ends", (pkg) => {
    const used = importsOf(pkg, sources);
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((name) => !(USED_EXPORTS[pkg] as readonly string[]).includes(name))).toEqual([]);
  });
});
