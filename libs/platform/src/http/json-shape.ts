/** What makes a syntactically fine JSON text unacceptable before it is parsed. */
export type JsonShapeProblem =
  { kind: 'too-deep'; path: string; maxDepth: number } | { kind: 'duplicate-key'; path: string };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

/** One open container: an object (with the keys seen so far and the current one) or an array (its current index). */
interface Open {
  keys: Set<string> | undefined;
  key: string;
  index: number;
}

/**
 * One pass over a JSON text, without recursion, before JSON.parse sees it: refuses nesting deeper than `maxDepth`
 * (a `{"a":` 6,000 deep would otherwise cost every recursive walk after the parse its stack, and 1 MB of `[[[[`
 * costs JSON.parse seconds) and an object key given twice (`{"gegeven": true, "gegeven": false}`: JSON.parse
 * silently keeps the last, so what a reviewer and the service read could differ). It does not validate the syntax:
 * JSON.parse does that right after, and on text that is not JSON this answers undefined or a problem that is as
 * true of it. Linear in the text's length.
 */
export function findJsonShapeProblem(text: string, maxDepth: number): JsonShapeProblem | undefined {
  const open: Open[] = [];
  let top: Open | undefined;
  let expectingKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = endOfString(text, i);
      if (end < 0) return undefined;
      if (expectingKey && top?.keys) {
        const key = keyText(text, i, end);
        if (key === undefined) return undefined;
        top.key = key;
        if (top.keys.has(key)) return { kind: 'duplicate-key', path: pathOf(open) };
        top.keys.add(key);
        expectingKey = false;
      }
      i = end;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (open.length >= maxDepth) return { kind: 'too-deep', path: pathOf(open), maxDepth };
      expectingKey = c === OPEN_OBJECT;
      top = { keys: expectingKey ? new Set() : undefined, key: '', index: 0 };
      open.push(top);
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      open.pop();
      top = open[open.length - 1];
      expectingKey = false;
    } else if (c === COMMA && top) {
      top.index++;
      expectingKey = top.keys !== undefined;
    }
  }
  return undefined;
}

/** Index of the quote closing the string that opens at `start`, or -1 when it is not closed. */
function endOfString(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  while (end > 0) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return -1;
}

/** The key as JSON.parse would read it (`"a"` and `"\u0061"` are one key); undefined for an invalid escape. */
function keyText(text: string, start: number, end: number): string | undefined {
  const raw = text.slice(start + 1, end);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(text.slice(start, end + 1));
  } catch {
    return undefined;
  }
}

function pathOf(open: Open[]): string {
  return open.map((o) => (o.keys ? o.key : String(o.index))).join('.') || '(body)';
}
