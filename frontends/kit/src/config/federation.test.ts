import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { partage, ROUTER_EXPORTS } from "./federation";

/** Every named import of a tree-shaken shared package in the given source folders (what ships: tests excluded). */
function importsOf(pkg: string, dirs: string[]): Set<string> {
  const found = new Set<string>();
  const pattern = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*"${pkg.replace(/[/@]/g, "\\$&")}"`, "g");
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!["gql", "node_modules", "__tests__"].includes(entry.name)) walk(file);
      } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
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

/** The names a re-export module of src/partage/ exports. */
function exportsOf(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) => m[1]!.split(",").map((n) => n.trim()).filter(Boolean));
}

describe("shared packages' used exports", () => {
  it("react-router's treeShaking list covers every import of the front ends", () => {
    const used = importsOf("react-router", sources);
    expect(used.size).toBeGreaterThan(3);
    expect([...used].filter((name) => !(ROUTER_EXPORTS as readonly string[]).includes(name))).toEqual([]);
  });

  it("the kit's react-aria-components module exports every component the front ends import", () => {
    const used = importsOf("react-aria-components", sources);
    const provided = exportsOf(partage("react-aria-components"));
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((name) => !provided.includes(name))).toEqual([]);
  });
});
