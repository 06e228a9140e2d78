import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, found from this file's place (kit/dist/config/env.js). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

export function intFromEnv(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} doit être un entier positif (reçu « ${raw} »)`);
  return value;
}

export function stringFromEnv(name: string, fallback: string, env: NodeJS.ProcessEnv = process.env): string {
  const raw = env[name];
  return raw === undefined || raw === "" ? fallback : raw;
}

export const isProduction = (env: NodeJS.ProcessEnv = process.env): boolean => env.NODE_ENV === "production";
