import { loadRemote, registerRemotes } from "@module-federation/runtime";
import type { ComponentType } from "react";

/**
 * Micro-frontends are found at run time: the manifest's URLs are registered with the Module
 * Federation runtime that @module-federation/vite initialised for this host (same instance:
 * the plugin aliases @module-federation/runtime to the copy it bundles), then a module is
 * fetched on first use. The remote receives the host's shared singletons (react, react-dom,
 * @apollo/client) from that runtime's share scope instead of its own copies.
 */
const declared = new Map<string, string>();
/** A remote host that accepts the connection but never answers must not leave a spinner forever. */
const LOAD_TIMEOUT_MS = 20_000;

export function declareRemotes(remotes: Record<string, string>): void {
  const added = Object.entries(remotes).filter(([name, entry]) => declared.get(name) !== entry);
  if (added.length === 0) return;
  for (const [name, entry] of added) declared.set(name, entry);
  registerRemotes(
    added.map(([name, entry]) => ({ name, entry, type: "module" })),
    { force: true },
  );
}

export function isRemoteDeclared(name: string): boolean {
  return declared.has(name);
}

/** Loads `name/module` and returns its default export, a React component. */
export async function loadRemoteComponent(name: string, module: string): Promise<ComponentType> {
  if (!declared.has(name)) throw new Error(`Module « ${name} » absent du manifeste.`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Module « ${name} » : pas de réponse en ${LOAD_TIMEOUT_MS / 1000} s.`)), LOAD_TIMEOUT_MS);
  });
  const exports = await Promise.race([loadRemote<{ default?: ComponentType }>(`${name}/${module}`), timeout]).finally(() => clearTimeout(timer));
  const component = exports?.default;
  if (typeof component !== "function") throw new Error(`Le module « ${name}/${module} » n'exporte pas de composant.`);
  return component;
}
