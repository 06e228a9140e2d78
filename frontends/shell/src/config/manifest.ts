/**
 * The shell's run-time configuration, fetched from manifest.json beside its index.html at start:
 * where the gateway is and where each micro-frontend's remoteEntry.js is. Deployments (and the
 * stack launcher) replace this one file; nothing is baked into the build.
 */
export interface Manifest {
  /** The gateway's GraphQL endpoint. */
  gateway: string;
  /** Micro-frontend name → URL of its remoteEntry.js. */
  remotes: Record<string, string>;
}

export class ManifestError extends Error {
  override name = "ManifestError";
}

/** Checks the manifest's shape and URLs; refuses it with a French message otherwise. */
export function parseManifest(value: unknown, base = "http://localhost/"): Manifest {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ManifestError("manifest.json doit contenir un objet JSON.");
  }
  const { gateway, remotes = {} } = value as Record<string, unknown>;
  if (typeof gateway !== "string" || !isHttpUrl(gateway, base)) {
    throw new ManifestError("manifest.json : « gateway » doit être l'URL http(s) du graphe.");
  }
  if (typeof remotes !== "object" || remotes === null || Array.isArray(remotes)) {
    throw new ManifestError("manifest.json : « remotes » doit associer un nom de module à une URL.");
  }
  const checked: Record<string, string> = {};
  for (const [name, url] of Object.entries(remotes)) {
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) throw new ManifestError(`manifest.json : nom de module invalide « ${name} ».`);
    if (typeof url !== "string" || !isHttpUrl(url, base)) {
      throw new ManifestError(`manifest.json : l'URL du module « ${name} » est invalide.`);
    }
    checked[name] = new URL(url, base).href;
  }
  return { gateway: new URL(gateway, base).href, remotes: checked };
}

function isHttpUrl(value: string, base: string): boolean {
  try {
    const { protocol } = new URL(value, base);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * Where the manifest is: in the shell's own folder (its build base, "/" by default), whatever
 * page the browser opened. The page's address is no base: a deep link or a reload on
 * /suivi/12/2023-01/34 would look for /suivi/12/2023-01/manifest.json. A relative build base
 * ("./") is resolved against the shell's entry script, which sits in <base>/assets/.
 */
export function manifestUrl(base: string = import.meta.env.BASE_URL, page: string = document.location.href, script: string = import.meta.url): string {
  const dossier = base.startsWith("/") || /^[a-z]+:/i.test(base) ? new URL(base, page) : new URL("../", script);
  return new URL("manifest.json", dossier).href;
}

/** Fetches and checks the manifest (never cached: a redeployment takes effect at the next load). */
export async function loadManifest(url = manifestUrl()): Promise<Manifest> {
  let response: Response;
  try {
    response = await fetch(url, { cache: "no-store" });
  } catch {
    throw new ManifestError("La configuration de l'application (manifest.json) est injoignable.");
  }
  if (!response.ok) throw new ManifestError(`La configuration de l'application (manifest.json) est introuvable (${response.status}).`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ManifestError("manifest.json n'est pas un JSON valide.");
  }
  return parseManifest(json, url);
}
