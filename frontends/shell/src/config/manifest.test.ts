import { describe, expect, it } from "vitest";
import { ManifestError, parseManifest } from "./manifest";

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
