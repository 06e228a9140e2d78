import { badInput } from "../errors/errors.js";

/** A numbered page: 1-based page number and its size (bounded), turned into OFFSET / LIMIT. */
export interface NumberedPage {
  page: number;
  parPage: number;
  offset: number;
}

/**
 * Reads `page` (1 by default, at most `maxPage`) and `parPage` (`fallback` by default, 1…`max`)
 * as the screens send them; anything else is refused with the user's words, not clamped.
 */
export function numberedPage(page: number | null | undefined, parPage: number | null | undefined, fallback = 20, max = 100, maxPage = 100_000): NumberedPage {
  const size = parPage ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) throw badInput(`Le nombre d'éléments par page doit être compris entre 1 et ${max}.`, "parPage");
  const number = page ?? 1;
  if (!Number.isInteger(number) || number < 1 || number > maxPage) throw badInput(`Le numéro de page doit être compris entre 1 et ${maxPage}.`, "page");
  return { page: number, parPage: size, offset: (number - 1) * size };
}
