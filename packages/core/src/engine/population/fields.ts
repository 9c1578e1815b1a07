/**
 * Column types of a struct-of-arrays population. Each agent attribute is one typed array, so hot
 * loops touch contiguous memory and no per-agent object ever exists.
 */
export const FIELD_TYPES = {
  f64: Float64Array,
  f32: Float32Array,
  i32: Int32Array,
  u32: Uint32Array,
  i16: Int16Array,
  u16: Uint16Array,
  i8: Int8Array,
  u8: Uint8Array,
} as const;

/** The name of a column type: `'f64'`, `'f32'`, `'i32'`, `'u32'`, `'i16'`, `'u16'`, `'i8'` or `'u8'`. */
export type FieldType = keyof typeof FIELD_TYPES;

/** A population's columns: attribute name → column type, e.g. `{ age: 'f32', provider: 'i32' }`. */
export type FieldSpec = Readonly<Record<string, FieldType>>;

/** The typed array class that backs a column type. */
export type ColumnOf<T extends FieldType> = InstanceType<(typeof FIELD_TYPES)[T]>;

/** The columns of a population with the given spec, one typed array per attribute. */
export type Columns<F extends FieldSpec> = { [K in keyof F]: ColumnOf<F[K]> };

/** Any typed array a column can be. */
export type AnyColumn = ColumnOf<FieldType>;

/** Allocates a column of the given type and length (zero-filled). */
export function allocateColumn(type: FieldType, length: number): AnyColumn {
  return new FIELD_TYPES[type](length);
}

/** Copies `old` into a new, longer column of the same type; the tail is zero. */
export function growColumn(old: AnyColumn, length: number): AnyColumn {
  const grown = new (old.constructor as new (n: number) => AnyColumn)(length);
  grown.set(old);
  return grown;
}
