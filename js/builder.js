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

// The builder's state: the name tables (space-separated) and a cache of
// one Intl.DateTimeFormat per language.
export function domNames(tags, attrs) {
  return [tags.split(" "), attrs.split(" "), new Map()];
}

export function buildDom([tags, attrs, dates], ops, text) {
  let i = 0;
  let at = 0;
  let refused = 0;
  let root = null;
  const open = [];
  const take = () => text.slice(at, (at += ops[i++]));
  const add = (node) => {
    if (refused) return;
    if (open.length) open[open.length - 1].append(node);
    else root ??= node;
    return node;
  };
  const formatter = (tag) => {
    try {
      return new Intl.DateTimeFormat([tag], { dateStyle: "long", timeZone: "UTC" });
    } catch {
      return null; // a malformed tag
    }
  };
  const date = (lang, ms) => {
    if (!dates.has(lang)) dates.set(lang, formatter(lang) ?? formatter("en"));
    return dates.get(lang)?.format(ms) ?? "";
  };
  while (i < ops.length) {
    const word = ops[i++];
    const index = word >>> 3;
    switch (word & 7) {
      case 0:
        if (refused || !tags[index]) refused++;
        else open.push(add(document.createElement(tags[index])));
        break;
      case 1:
        if (refused) refused--;
        else open.pop();
        break;
      case 2: {
        const value = take();
        if (!refused && attrs[index] && open.length) open[open.length - 1].setAttribute(attrs[index], value);
        break;
      }
      case 3:
        add(document.createTextNode(take()));
        break;
      case 4:
        add(document.createTextNode(date(take(), ops[i++])));
        break;
      default:
        return root;
    }
  }
  return root;
}
