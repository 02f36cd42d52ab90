/** A YAML double-quoted scalar (JSON strings are valid YAML; line separators escaped for YAML 1.1 readers). */
export function yamlString(text: string): string {
  return JSON.stringify(text)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
