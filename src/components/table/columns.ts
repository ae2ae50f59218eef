/** How a column takes its share of the terminal's width. */
export interface ColumnSize {
  /** Never narrower than this, while the terminal allows. */
  minWidth: number;
  /** Share of the width left over once every column has its minimum. */
  weight: number;
  /** Never wider than this. */
  maxWidth?: number;
}

/**
 * Widths that fill `total` columns, with `gap` columns between each pair:
 * minimums first, then what is left by weight. When even the minimums do
 * not fit, the last columns give way.
 */
export function fitColumns(
  columns: readonly ColumnSize[],
  total: number,
  gap = 1,
): number[] {
  const available = Math.max(0, total - gap * (columns.length - 1));
  const widths = columns.map((column) => column.minWidth);
  let spare = available - widths.reduce((sum, width) => sum + width, 0);

  for (let i = widths.length - 1; spare < 0 && i >= 0; i -= 1) {
    const cut = Math.min(-spare, (widths[i] ?? 0) - 1);
    widths[i] = (widths[i] ?? 0) - cut;
    spare += cut;
  }

  let open = columns.filter((c) => c.weight > 0);
  while (spare > 0 && open.length > 0) {
    const weights = open.reduce((sum, column) => sum + column.weight, 0);
    let given = 0;

    for (const column of open) {
      const index = columns.indexOf(column);
      const room = (column.maxWidth ?? Infinity) - (widths[index] ?? 0);
      const share = Math.min(
        room,
        Math.max(1, Math.floor((spare * column.weight) / weights)),
      );
      const add = Math.min(share, spare - given);
      widths[index] = (widths[index] ?? 0) + add;
      given += add;
    }

    spare -= given;
    open = open.filter(
      (column) =>
        (widths[columns.indexOf(column)] ?? 0) < (column.maxWidth ?? Infinity),
    );
    if (given === 0) break;
  }

  return widths;
}

/**
 * `text` cut to `width` with an ellipsis, or padded to it. Counts UTF-16
 * units, not display cells: right for the table's cells, which hold IAM
 * names (ASCII by AWS's naming rules) and text this app writes.
 */
export function fitText(text: string, width: number): string {
  if (width <= 0) return '';
  if (text.length <= width) return text.padEnd(width);
  return `${text.slice(0, width - 1)}…`;
}
