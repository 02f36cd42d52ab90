/**
 * Parse RFC 4180 CSV: fields separated by commas, optionally wrapped in double quotes, where a
 * quoted field may hold commas, line breaks and doubled quotes. Returns the rows as arrays of
 * fields; blank lines are skipped.
 * @param {string} text
 * @returns {string[][]}
 */
export function parseCsv(text) {
  /** @type {string[][]} */
  const rows = [];
  /** @type {string[]} */
  let row = [];
  let field = '';
  let inQuotes = false;
  let wasQuoted = false;
  const endField = () => {
    row.push(wasQuoted ? field : field.trim());
    field = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endField();
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inQuotes) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') inQuotes = false;
      else field += char;
    } else if (char === '"' && field.trim() === '') {
      inQuotes = true;
      wasQuoted = true;
      field = '';
    } else if (char === ',') endField();
    else if (char === '\n') endRow();
    else if (char !== '\r') field += char;
  }
  if (inQuotes) throw new Error('The CSV ends inside a quoted field.');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
