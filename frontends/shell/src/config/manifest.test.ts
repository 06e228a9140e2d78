import { describe, expect, it } from "vitest";
import { ManifestError, manifestUrl, parseManifest } from "./manifest";

describe("parseManifest", () => {
  it("accepts the shipped default", () => {
    expect(
      parseManifest({
        gateway: "http://127.0.0.1:4000/graphql",
        remotes: { actions: "http://127.0.0.1:5174/remoteEntry.js" },
      }),
    ).toEqual({
      gateway: "http://127.0.0.1:4000/graphql",
      remotes: { actions: "http://127.0.0.1:5174/remoteEntry.js" },
    });
  });

  it("resolves relative URLs against the manifest's own address", () => {
    expect(parseManifest({ gateway: "/graphql", remotes: { actions: "/mfe/actions/remoteEntry.js" } }, "https://sigma.example/app/manifest.json")).toEqual({
      gateway: "https://sigma.example/graphql",
      remotes: { actions: "https://sigma.example/mfe/actions/remoteEntry.js" },
    });
  });

  it("treats missing remotes as none", () => {
    expect(parseManifest({ gateway: "http://127.0.0.1:4000/graphql" }).remotes).toEqual({});
  });

  it("refuses a manifest without a usable gateway or with bad remotes", () => {
    expect(() => parseManifest(null)).toThrow(ManifestError);
    expect(() => parseManifest({ remotes: {} })).toThrow(/gateway/);
    expect(() => parseManifest({ gateway: "javascript:alert(1)" })).toThrow(/gateway/);
    expect(() => parseManifest({ gateway: "http://g/graphql", remotes: [] })).toThrow(/remotes/);
    expect(() => parseManifest({ gateway: "http://g/graphql", remotes: { actions: 3 } })).toThrow(/actions/);
    expect(() => parseManifest({ gateway: "http://g/graphql", remotes: { "../x": "http://r/remoteEntry.js" } })).toThrow(/invalide/);
  });
});

describe("manifestUrl", () => {
  it("finds the manifest in the shell's folder, not under the page's route (deep links, reloads)", () => {
    const script = "https://sigma.example/assets/index-abc123.js";
    expect(manifestUrl("/", "https://sigma.example/suivi/12/2023-01/34", script)).toBe("https://sigma.example/manifest.json");
    expect(manifestUrl("/", "https://sigma.example/", script)).toBe("https://sigma.example/manifest.json");
    expect(manifestUrl("/sigma/", "https://sigma.example/sigma/inscription/action/3/nouveau", script)).toBe("https://sigma.example/sigma/manifest.json");
  });

  it("resolves a relative build base against the shell's entry script", () => {
    expect(manifestUrl("./", "https://sigma.example/app/suivi/12/2023-01/34", "https://sigma.example/app/assets/index-abc123.js")).toBe("https://sigma.example/app/manifest.json");
  });

  it("defaults to this build's base", () => {
    expect(manifestUrl(undefined, "http://127.0.0.1:5173/suivi/1/2023-01/2")).toBe("http://127.0.0.1:5173/manifest.json");
  });
});
