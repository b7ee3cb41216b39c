/**
 * The drills' formulas, the same in both languages. Not in `drills.ts`: a module lives in one chunk,
 * and the widget imports these, so the Russian words beside them would ship on English pages too.
 */
export const SHAPE_EXPR = ['A·B', 'A·Bᵀ', 'Aᵀ·B'];
export const GRAPH_TEXT = ['(a·b + c)²', 'relu(a·b − c)·d', '(a + b)·(b − c)', 'a·b·c + b'];
