import { useSyncExternalStore } from "react";

/**
 * The bearer token of the connected account, kept for this browser tab only (sessionStorage:
 * closing the tab logs out) and never sent anywhere but the gateway. The graph verifies it on
 * every request; the UI only uses its presence to choose between the login page and the app.
 */
const KEY = "sigma-graph.jeton";
const listeners = new Set<() => void>();

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

let memory: string | null = storage()?.getItem(KEY) ?? null;

export function getJeton(): string | null {
  return memory;
}

export function setJeton(jeton: string | null): void {
  if (jeton === memory) return;
  memory = jeton;
  if (jeton) storage()?.setItem(KEY, jeton);
  else storage()?.removeItem(KEY);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current token (re-renders on login and logout). */
export function useJeton(): string | null {
  return useSyncExternalStore(subscribe, getJeton);
}
