import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import type { Caller } from "./caller.js";
import { TokenSigner, TokenVerifier } from "./token.js";

const pair = () => {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  return { publicKey: publicKey.export({ type: "spki", format: "pem" }).toString(), privateKey: privateKey.export({ type: "pkcs8", format: "pem" }).toString() };
};
const keys = pair();
const of: Caller = { compteId: "7", identifiant: "OR5159", role: "ORGANISME", organismeId: 1 };
const region: Caller = { compteId: "9", identifiant: "REGION", role: "REGION", organismeId: null };

/** A verifier whose clock the test moves, and a count of the signature checks it really made. */
function verifierAt(clock: { now: number }, cacheSize = 100) {
  const verifier = new TokenVerifier(keys.publicKey, { cacheSize, now: () => clock.now });
  const checks = vi.spyOn(verifier as unknown as { check: (token: string) => Promise<unknown> }, "check");
  return { verifier, checks };
}

describe("TokenVerifier's memory of verified tokens", () => {
  it("checks a token's signature once, then answers the same caller from memory", async () => {
    const { jeton } = await new TokenSigner(keys.privateKey, 3600).sign(of);
    const { verifier, checks } = verifierAt({ now: Date.now() });
    expect(await verifier.verify(jeton)).toEqual(of);
    expect(await verifier.verify(jeton)).toEqual(of);
    expect(await verifier.verify(jeton)).toEqual(of);
    expect(checks).toHaveBeenCalledTimes(1);
    expect(verifier.remembered).toBe(1);
  });

  it("stops accepting a remembered token at its expiry", async () => {
    const { jeton, expiration } = await new TokenSigner(keys.privateKey, 60).sign(of);
    const clock = { now: Date.now() };
    const { verifier } = verifierAt(clock);
    expect(await verifier.verify(jeton)).toEqual(of);
    clock.now = expiration.getTime() - 1;
    expect(await verifier.verify(jeton)).toEqual(of);
    clock.now = expiration.getTime() + 1;
    expect(await verifier.verify(jeton)).toBeNull();
    expect(verifier.remembered).toBe(0);
  });

  it("never remembers a refused token: a forged one is checked, and refused, every time", async () => {
    const { jeton } = await new TokenSigner(pair().privateKey, 3600).sign(region);
    const { verifier, checks } = verifierAt({ now: Date.now() });
    expect(await verifier.verify(jeton)).toBeNull();
    expect(await verifier.verify(jeton)).toBeNull();
    expect(checks).toHaveBeenCalledTimes(2);
    expect(verifier.remembered).toBe(0);
  });

  it("does not take a token for another that differs in one character", async () => {
    const { jeton } = await new TokenSigner(keys.privateKey, 3600).sign(of);
    const { verifier } = verifierAt({ now: Date.now() });
    expect(await verifier.verify(jeton)).toEqual(of);
    const tampered = `${jeton.slice(0, -2)}${jeton.at(-2) === "A" ? "B" : "A"}${jeton.at(-1)}`;
    expect(await verifier.verify(tampered)).toBeNull();
  });

  it("is bounded: past its size the least recently used token is forgotten (and checked again)", async () => {
    const signer = new TokenSigner(keys.privateKey, 3600);
    const tokens = await Promise.all([1, 2, 3].map((n) => signer.sign({ ...of, compteId: String(n) }).then((t) => t.jeton)));
    const { verifier, checks } = verifierAt({ now: Date.now() }, 2);
    await verifier.verify(tokens[0]!);
    await verifier.verify(tokens[1]!);
    await verifier.verify(tokens[0]!); // most recent now: tokens[1] is the oldest
    await verifier.verify(tokens[2]!); // evicts tokens[1]
    expect(verifier.remembered).toBe(2);
    expect(checks).toHaveBeenCalledTimes(3);
    expect((await verifier.verify(tokens[1]!))?.compteId).toBe("2");
    expect(checks).toHaveBeenCalledTimes(4);
    expect((await verifier.verify(tokens[2]!))?.compteId).toBe("3");
    expect(checks).toHaveBeenCalledTimes(4);
  });

  it("with size 0, checks every time", async () => {
    const { jeton } = await new TokenSigner(keys.privateKey, 3600).sign(of);
    const { verifier, checks } = verifierAt({ now: Date.now() }, 0);
    await verifier.verify(jeton);
    await verifier.verify(jeton);
    expect(checks).toHaveBeenCalledTimes(2);
    expect(verifier.remembered).toBe(0);
  });
});
