/**
 * The notation of a shape in the site's formulas, error messages and widgets: `[4, 2]` → `(4×2)`,
 * `[16]` → `(16)`. On its own so that a widget that only writes shapes does not download the errors.
 */
export const formatShape = (shape: readonly number[]): string => `(${shape.join('×')})`;
