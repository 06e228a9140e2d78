/**
 * How the OF's sections read the graph: straight from the network, never through Apollo's
 * normalized cache. The browser sends persisted operations by hash and the gateway runs the
 * manifest's text, which lacks the `__typename` that Apollo adds to its own copy of each
 * document; objects then come back without it, so the cache can neither normalize them nor match
 * fragments, and a screen reading an object another screen wrote gets it incomplete. Each screen
 * therefore asks the graph when it opens, and mutations refetch the screens they change by name.
 */
export const SANS_CACHE = "no-cache" as const;
