import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { earlyLimits } from "./early-limits.js";

const limits = { maxAliases: 2, maxDirectives: 1, maxTokens: 200 };
const hash = (source: string) => createHash("sha256").update(source).digest("hex");

/** Runs the plugin's hook as Apollo Server does: a request listener per request, didResolveSource with the source and its hash. */
async function check(plugin: ReturnType<typeof earlyLimits>, source: string, queryHash = hash(source)) {
  const listener = await plugin.requestDidStart!({} as never);
  return (listener as { didResolveSource: (ctx: unknown) => Promise<void> }).didResolveSource({ source, queryHash });
}

describe("early limits", () => {
  it("refuses too many aliases or directives before validation, every time", async () => {
    const plugin = earlyLimits(limits);
    const aliases = "{ a: actions { id } b: actions { id } c: actions { id } }";
    await expect(check(plugin, aliases)).rejects.toThrow("Trop d'alias dans la requête.");
    await expect(check(plugin, aliases)).rejects.toThrow("Trop d'alias dans la requête.");
    await expect(check(plugin, "{ actions @a @b { id } }")).rejects.toMatchObject({ extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
  });

  it("remembers an accepted source by its hash and does not parse it again", async () => {
    const plugin = earlyLimits(limits);
    const accepted = "{ a: actions { id } }";
    await expect(check(plugin, accepted)).resolves.toBeUndefined();
    // Same hash: answered from memory (a source that would be refused proves it was not parsed).
    await expect(check(plugin, "{ a: x b: x c: x }", hash(accepted))).resolves.toBeUndefined();
  });

  it("remembers a bounded number of sources, the least recently used forgotten first", async () => {
    const plugin = earlyLimits(limits, 2);
    const refusedText = "{ a: x b: x c: x }";
    for (const source of ["{ one }", "{ two }", "{ three }"]) await check(plugin, source);
    // "{ one }" was forgotten: its hash is parsed again (here with a text that is refused).
    await expect(check(plugin, refusedText, hash("{ one }"))).rejects.toThrow("Trop d'alias");
    await expect(check(plugin, refusedText, hash("{ three }"))).resolves.toBeUndefined();
  });
});
