import type { EntityManager } from "typeorm";

/** Filled in with the monthly declarations (step 4). */
export async function seedDeclarations(_tx: EntityManager): Promise<void> {}
