/**
 * What the shell and every micro-frontend share at run time, as singletons (one copy in the page):
 * - react, react-dom: hooks and context only work with one React;
 * - @apollo/client (+ /react, /errors): the shell's client, cache and ApolloProvider serve the
 *   remotes (the links that build the client are the shell's own business, not shared);
 * - react-router: remotes render inside the shell's router (links, nested routes of a section);
 * - react-aria-components and @internationalized/date: the component library behind the kit's
 *   tables, tabs, dialogs and date fields; downloaded once, by whichever section needs it first;
 * - recharts (+ react-is, its peer): the chart library, fetched only when a page draws a chart.
 * The shell provides every one of them (its share scope holds lazy loaders: nothing is fetched
 * before a module imports it). "react/" and "react-dom/" share those packages' subpath entries
 * (react/jsx-runtime, react-dom/client). Both sides' vite.config.ts pass this object to the
 * federation plugin, so they cannot drift.
 *
 * A shared package is bundled whole (the federation runtime cannot know what a remote built
 * later will import): react-router 7 whole is ~62 kB gzipped, react-aria-components ~270 kB,
 * recharts ~150 kB. `treeShaking` keeps only the exports listed below (USED_EXPORTS), the same
 * list on every side; an export missing from it makes the runtime fall back to the whole
 * package, so the kit's test checks that the list covers every import of the kit.
 */
export const USED_EXPORTS = {
  "react-router": ["BrowserRouter", "Link", "MemoryRouter", "NavLink", "Navigate", "Outlet", "Route", "Routes", "useLocation", "useNavigate", "useOutletContext", "useParams", "useSearchParams"],
  "react-aria-components": [
    "Button",
    "Cell",
    "Column",
    "DateField",
    "DateInput",
    "DateSegment",
    "Dialog",
    "DialogTrigger",
    "FieldError",
    "Heading",
    "I18nProvider",
    "Label",
    "Modal",
    "ModalOverlay",
    "Row",
    "Tab",
    "TabList",
    "TabPanel",
    "Table",
    "TableBody",
    "TableHeader",
    "Tabs",
    "Text",
  ],
  "@internationalized/date": ["parseDate"],
  recharts: ["Bar", "BarChart", "CartesianGrid", "ResponsiveContainer", "XAxis", "YAxis"],
} as const;

const react = { singleton: true, requiredVersion: "^19.0.0" };
const apollo = { singleton: true, requiredVersion: "^4.0.0" };
const treeShaken = (name: keyof typeof USED_EXPORTS, requiredVersion: string) => ({
  singleton: true,
  requiredVersion,
  treeShaking: { mode: "runtime-infer" as const, usedExports: [...USED_EXPORTS[name]] },
});

export const sharedSingletons = {
  react,
  "react/": react,
  "react-dom": react,
  "react-dom/": react,
  "@apollo/client": apollo,
  "@apollo/client/react": apollo,
  "@apollo/client/errors": apollo,
  "react-router": treeShaken("react-router", "^7.0.0"),
  "react-aria-components": treeShaken("react-aria-components", "^1.22.0"),
  "@internationalized/date": treeShaken("@internationalized/date", "^3.12.0"),
  recharts: treeShaken("recharts", "^3.10.0"),
  "react-is": react,
};
