export { Population, createPopulation, type PopulationOptions } from './population.ts';
export { FIELD_TYPES, type FieldType, type FieldSpec, type Columns, type ColumnOf, type AnyColumn } from './fields.ts';
