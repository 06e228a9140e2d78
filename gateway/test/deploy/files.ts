import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

/** The repository root and a reader of its files, for the deployment-file checks. */
export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const read = (file: string) => readFileSync(path.join(repo, file), "utf8");
export const deployDir = "gateway/deploy";

/** Every YAML document of a file (YAML merge keys `<<` resolved); a syntax error fails. */
export function yamlDocuments(file: string): Record<string, unknown>[] {
  return parseAllDocuments(read(file), { merge: true }).map((doc) => {
    if (doc.errors.length) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join("; ")}`);
    return doc.toJS() as Record<string, unknown>;
  });
}

export const yamlFiles = (dir: string) =>
  readdirSync(path.join(repo, dir))
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => `${dir}/${name}`);

/** A Dockerfile's instructions (continuation lines joined, comments dropped), split in stages. */
export interface Instruction {
  keyword: string;
  args: string;
}
export function dockerStages(file: string): { from: string; name?: string; instructions: Instruction[] }[] {
  const logical = read(file)
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
  const stages: { from: string; name?: string; instructions: Instruction[] }[] = [];
  for (const line of logical) {
    const [, keyword = "", args = ""] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    if (keyword.toUpperCase() === "FROM") {
      const [, image = "", name] = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args) ?? [];
      stages.push({ from: image, name, instructions: [] });
    } else if (stages.length) {
      stages.at(-1)!.instructions.push({ keyword: keyword.toUpperCase(), args });
    }
  }
  return stages;
}

/** The ARG defaults declared before the first FROM (image names are given as ARGs). */
export function globalArgs(file: string): Record<string, string> {
  const head = read(file).split(/^FROM /m)[0]!;
  return Object.fromEntries([...head.matchAll(/^ARG (\w+)=(\S+)$/gm)].map((m) => [m[1]!, m[2]!]));
}
