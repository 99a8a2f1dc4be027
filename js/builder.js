// The shell's one crossing per card (src/web/render.rs): makes the DOM of
// one UI tree (src/present/ui.rs) from an instruction buffer, with
// createElement, setAttribute, createTextNode and append only. It never
// parses markup.
//
// The structure is all in `ops` (a Float64Array of whole numbers); `text`
// holds only the contents, joined: texts, attribute values and date
// languages, each taken by its length in UTF-16 code units, in order. A
// name is an index into the tables `domNames` was given (the crate's
// allowlisted tag and attribute names), so no string of `text` can ever
// become a name or an instruction: feed content becomes a text node or an
// attribute value. Each instruction is a word, op | index << 3, and its
// operands:
//   op 0, index t      element tags[t] opens (a child of the open one)
//   op 1               the open element closes
//   op 2, index a; n   attribute attrs[a] of the open element: the next n units
//   op 3; n            a text node: the next n units
//   op 4; n, ms        a date: the next n units are a BCP 47 tag; written as a
//                      long date, read in UTC, for ms milliseconds since 1970
// A name outside its table is refused: an element with its whole subtree,
// an attribute alone. The first node made is returned (null if refused);
// any later node outside it is made but never attached.

// The name tables (space-separated) and a cache of one
// Intl.DateTimeFormat per language.
export function domNames(tags, attrs) {
  return { tags: tags.split(" "), attrs: attrs.split(" "), dates: new Map() };
}

export function buildDom(names, ops, text) {
  let at = 0;
  const take = (n) => text.slice(at, (at += n));
  const open = [];
  let root = null;
  let refused = 0;
  const add = (node) => {
    if (open.length) open[open.length - 1].append(node);
    else if (!root) root = node;
  };
  const date = (lang, ms) => {
    let f = names.dates.get(lang);
    if (f === undefined) {
      f = null;
      for (const tag of [lang, "en"]) {
        try {
          f = new Intl.DateTimeFormat([tag], { dateStyle: "long", timeZone: "UTC" });
          break;
        } catch {
          // A malformed tag: the next one.
        }
      }
      names.dates.set(lang, f);
    }
    return f ? f.format(ms) : "";
  };
  for (let i = 0; i < ops.length; ) {
    const word = ops[i++];
    const op = word & 7;
    const index = word >>> 3;
    if (op === 0) {
      const tag = names.tags[index];
      if (refused || tag === undefined) refused++;
      else {
        const el = document.createElement(tag);
        add(el);
        open.push(el);
      }
    } else if (op === 1) {
      if (refused) refused--;
      else open.pop();
    } else if (op === 2) {
      const value = take(ops[i++]);
      const name = names.attrs[index];
      if (!refused && name !== undefined && open.length) open[open.length - 1].setAttribute(name, value);
    } else if (op === 3) {
      const data = take(ops[i++]);
      if (!refused) add(document.createTextNode(data));
    } else if (op === 4) {
      const lang = take(ops[i++]);
      const ms = ops[i++];
      if (!refused) add(document.createTextNode(date(lang, ms)));
    } else break;
  }
  return root;
}
