import type { ValueTransformer } from "typeorm";

/**
 * For BIGINT columns holding cents or hundredths of an hour: drivers may hand them back as
 * strings; the domain always sees a safe integer, and refuses anything else.
 */
export const integerTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => {
    if (value === null || value === undefined) return value;
    const number = typeof value === "number" ? value : Number(value);
    if (!Number.isSafeInteger(number)) throw new RangeError(`Entier hors limites en base : ${value}`);
    return number;
  },
};
