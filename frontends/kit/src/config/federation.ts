import { fileURLToPath } from "node:url";

/**
 * What the shell and every micro-frontend share at run time, as singletons (one copy in the page):
 * - react, react-dom: hooks and context only work with one React;
 * - @apollo/client (+ /react, /errors): the shell's client, cache and ApolloProvider serve the
 *   remotes (the links that build the client are the shell's own business, not shared);
 * - react-router: remotes render inside the shell's router (links, nested routes of a section);
 * - react-aria-components and @internationalized/date: the component library behind the kit's
 *   tables, tabs, dialogs and date fields, downloaded once by whichever section needs it first.
 * The shell provides every one of them (its share scope holds lazy loaders: nothing is fetched
 * before a module imports it). "react/" and "react-dom/" share those packages' subpath entries
 * (react/jsx-runtime, react-dom/client). Both sides' vite.config.ts pass this object to the
 * federation plugin, so they cannot drift.
 *
 * A shared package is bundled whole (the runtime cannot know what a remote built later will
 * import): react-router 7 whole is ~62 kB gzipped, react-aria-components ~270 kB. So:
 * - react-router is shared with treeShaking and the list of exports the front ends use;
 * - react-aria-components is provided from the kit's re-export of the components used
 *   (src/partage/react-aria-components.ts), the same module on every side.
 * The kit's test checks both lists against every import of the front ends.
 * recharts is not shared: only the home page draws a chart, from a lazily loaded chunk of its
 * own remote (tree-shaken there); share it here if several sections come to draw charts.
 */
export const ROUTER_EXPORTS = [
  "BrowserRouter",
  "Link",
  "NavLink",
  "Navigate",
  "Outlet",
  "Route",
  "Routes",
  "useLocation",
  "useNavigate",
  "useOutletContext",
  "useParams",
  "useSearchParams",
] as const;

/** The kit's re-export of what is used of a package (src/partage/<name>.ts), as an absolute path. */
export const partage = (name: string) => fileURLToPath(new URL(`../partage/${name}.ts`, import.meta.url));

const react = { singleton: true, requiredVersion: "^19.0.0" };
const apollo = { singleton: true, requiredVersion: "^4.0.0" };

/**
 * Which provider of a shared singleton a remote gets: the copy already loaded (the shell's).
 * Under the default "version-first", equal versions are ranked by provider name, so a remote
 * named after "shell" (suivi) took its own tree-shaken react-router and rendered outside the
 * shell's <Router>. Shell and remotes pass it to the federation plugin.
 */
export const shareStrategy = "loaded-first" as const;

export const sharedSingletons = {
  react,
  "react/": react,
  "react-dom": react,
  "react-dom/": react,
  "@apollo/client": apollo,
  "@apollo/client/react": apollo,
  "@apollo/client/errors": apollo,
  "react-router": {
    singleton: true,
    requiredVersion: "^7.0.0",
    treeShaking: { mode: "runtime-infer" as const, usedExports: [...ROUTER_EXPORTS] },
  },
  "react-aria-components": { singleton: true, requiredVersion: "^1.22.0", import: partage("react-aria-components") },
  "@internationalized/date": { singleton: true, requiredVersion: "^3.12.0" },
};
