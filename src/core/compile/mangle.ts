// Private name mangling (Python/compile.c _Py_Mangle): inside a class body, and the functions in it,
// an identifier `__spam` (not `__spam__`, and without a dot) is compiled as `_Class__spam`, the class
// name without its leading underscores. A class named only with underscores mangles nothing.

export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  return stripped ? `_${stripped}${name}` : name;
}
