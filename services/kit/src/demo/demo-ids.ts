/**
 * Identifiers of the demo data (seeds 000–004), shared by the three subgraphs' seeds so that
 * the trainees and invoices they load hang on the actions catalogue loads.
 */
export const DEMO = {
  organismes: { OR5159: 1, GR237: 2 },
  actions: { TEST_1: 1, HSTA: 2 },
} as const;
