export { Table, type Cell, type Column, type TableProps } from './Table.js';
export { useTable, type TableControl } from './useTable.js';
export type { TableBounds, TableState } from './tableState.js';
