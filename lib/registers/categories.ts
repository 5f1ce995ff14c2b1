/**
 * The portal's shared data-category vocabulary: a register declares which of these it holds, so that
 * My data, access reports (Art. 15) and erasure (Art. 17) work on the same codes in every register.
 * One list: the erasure categories are that vocabulary.
 */
import { ERASURE_CATEGORIES } from "../workflow/erasure-categories";

export const DATA_CATEGORY_CODES = ERASURE_CATEGORIES;
export type DataCategoryCode = (typeof DATA_CATEGORY_CODES)[number];

export function isDataCategoryCode(value: string): value is DataCategoryCode {
  return (DATA_CATEGORY_CODES as readonly string[]).includes(value);
}
