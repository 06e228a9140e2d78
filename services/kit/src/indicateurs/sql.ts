import type { DataSource } from "typeorm";
import { DomainError } from "../errors/errors.js";
import type { Perimetre } from "./perimetre.js";

/** The two SQL dialects the subgraphs run on; the dashboard's statements differ only in date arithmetic. */
export type Dialecte = "sqlite" | "mysql";

export function dialecteDe(db: DataSource): Dialecte {
  return db.options.type === "better-sqlite3" ? "sqlite" : "mysql";
}

/** Days from `debut` to `fin` (two DATE expressions), an integer in both dialects. */
export function joursEntre(dialecte: Dialecte, debut: string, fin: string): string {
  return dialecte === "sqlite" ? `CAST(julianday(${fin}) - julianday(${debut}) AS INTEGER)` : `DATEDIFF(${fin}, ${debut})`;
}

/** A month ("AAAA-MM" or a date) as a month number (year × 12 + month): plain arithmetic, the same text on both servers. */
export function indiceMois(expression: string): string {
  return `(SUBSTR(${expression}, 1, 4) * 12 + SUBSTR(${expression}, 6, 2))`;
}

export const indiceMoisJs = (mois: string): number => Number(mois.slice(0, 4)) * 12 + Number(mois.slice(5, 7));

/** The month ("AAAA-MM") of a DATE column. */
export const moisDe = (expression: string): string => `SUBSTR(${expression}, 1, 7)`;

/** WHERE conditions with their positional parameters (`?` on both drivers), built in order. */
export class Conditions {
  readonly sql: string[] = [];
  readonly params: unknown[] = [];

  add(condition: string, ...params: unknown[]): this {
    this.sql.push(condition);
    this.params.push(...params);
    return this;
  }

  get where(): string {
    return this.sql.length ? `WHERE ${this.sql.join(" AND ")}` : "";
  }

  get and(): string {
    return this.sql.length ? `AND ${this.sql.join(" AND ")}` : "";
  }
}

/** True when the perimeter filters on catalogue's dimensions (then the facts must join `indicateur_action`). */
export const filtreDimensions = (p: Perimetre): boolean =>
  p.anneeProgrammation !== null || p.dispositif !== null || p.departement !== null;

/**
 * The dimension conditions on `indicateur_action` aliased `d` (each one has its own index).
 * The organisme goes on the fact table's own `organisme_id` (every fact row carries it, indexed)
 * so that an organisme's figures never depend on the copy being up to date.
 */
export function conditionsDimensions(p: Perimetre, conditions: Conditions, alias = "d"): Conditions {
  if (p.anneeProgrammation !== null) conditions.add(`${alias}.annee_programmation = ?`, p.anneeProgrammation);
  if (p.dispositif !== null) conditions.add(`${alias}.dispositif = ?`, p.dispositif);
  if (p.departement !== null) conditions.add(`${alias}.departement = ?`, p.departement);
  return conditions;
}

/** A SUM/COUNT read back as an exact JavaScript integer (MySQL sends DECIMAL sums as strings). */
export function entier(value: unknown): number {
  if (value === null || value === undefined) return 0;
  const n = typeof value === "bigint" ? Number(value) : Number(value);
  if (!Number.isSafeInteger(n)) throw new DomainError("SERVICE_UNAVAILABLE", "Indicateur hors des limites de calcul exact.");
  return n;
}

/**
 * A ratio as an exact decimal text with two digits, rounded half up: 100 × numerator /
 * denominator for a percentage (`facteur` 100), or numerator / denominator for an average.
 * Null when the denominator is 0.
 */
export function ratio(numerateur: number, denominateur: number, facteur = 1): string | null {
  if (denominateur === 0) return null;
  const n = BigInt(numerateur) * BigInt(facteur) * 100n;
  const d = BigInt(denominateur);
  const negatif = n < 0n !== d < 0n && n !== 0n;
  const a = n < 0n ? -n : n;
  const b = d < 0n ? -d : d;
  const centiemes = (a * 2n + b) / (2n * b);
  const texte = `${centiemes / 100n}.${String(centiemes % 100n).padStart(2, "0")}`;
  return negatif ? `-${texte}` : texte;
}
