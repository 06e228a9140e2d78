/**
 * What the LHEO export reads from the supergraph, page by page, as the calling CARIF credential:
 * the catalogue writes each page's `formation` elements itself (services/catalogue/src/flux/lheo.writer.ts).
 */
export const FLUX_LHEO = /* GraphQL */ `
  query FluxLheo($depuis: String, $apres: String, $premiers: Int) {
    fluxLheo(depuis: $depuis, apres: $apres, premiers: $premiers) {
      formations nombre
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export interface LheoPage {
  formations: string;
  nombre: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface FluxLheoResult {
  fluxLheo: LheoPage;
}
