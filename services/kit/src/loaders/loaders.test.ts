import { describe, expect, it } from "vitest";
import { Loaders, manyByKey, oneByKey } from "./loaders.js";

describe("request loaders", () => {
  it("batches every load of a tick into one call, per batch function", async () => {
    const calls: number[][] = [];
    const batch = async (keys: readonly number[]) => {
      calls.push([...keys]);
      return keys.map((k) => k * 10);
    };
    const loaders = new Loaders();
    const values = await Promise.all([1, 2, 3, 2].map((k) => loaders.get(batch).load(k)));
    expect(values).toEqual([10, 20, 30, 20]);
    expect(calls).toEqual([[1, 2, 3]]);
    expect(loaders.get(batch)).toBe(loaders.get(batch));
    expect(new Loaders().get(batch)).not.toBe(loaders.get(batch));
  });

  it("orders rows to the keys, with null or [] where nothing matches", () => {
    const rows = [{ id: 2, a: 1 }, { id: 1, a: 2 }, { id: 2, a: 3 }];
    expect(oneByKey([1, 3], rows, (r) => r.id)).toEqual([{ id: 1, a: 2 }, null]);
    expect(manyByKey([2, 3], rows, (r) => r.id)).toEqual([[{ id: 2, a: 1 }, { id: 2, a: 3 }], []]);
  });
});
