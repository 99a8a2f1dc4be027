// The sanitizer's one crossing per release (src/web/html.rs): walks a
// DOMParser document's body and returns it as one flat string of records,
// read by src/sanitize/flat.rs. It only reads nodes (type, namespace, local
// name, attributes, data) and writes no markup; every string in it is
// prefixed with its length, so no text can be read as a record.
//   H<name> / F<name>  element start, HTML / other namespace
//   A<name><value>     an attribute of the element just started
//   T<data>            text
//   O                  any other node (comment, processing instruction)
//   /                  element end
// <s> is the length of s in UTF-16 code units, ":", then s. At most
// `nodes` nodes are written, in document order, and none nested deeper
// than `depth`.
export function flatten(root, nodes, depth) {
  // Read through the prototypes' own getters: a `form` in the document
  // shadows its properties with its controls' names (DOM clobbering:
  // `<form><input name=attributes>`), which a getter never sees.
  const read = (proto, name) => {
    const get = Object.getOwnPropertyDescriptor(proto, name).get;
    return (node) => get.call(node);
  };
  const [first, next, type] = ["firstChild", "nextSibling", "nodeType"].map((p) => read(Node.prototype, p));
  const [ns, name, attrs] = ["namespaceURI", "localName", "attributes"].map((p) => read(Element.prototype, p));
  let out = "";
  const str = (s) => s.length + ":" + s;
  const walk = (parent, level) => {
    for (let n = first(parent); n && nodes-- > 0; n = next(n)) {
      const t = type(n);
      if (t === 1) {
        out += (ns(n) === "http://www.w3.org/1999/xhtml" ? "H" : "F") + str(name(n));
        for (const a of attrs(n)) out += "A" + str(a.name) + str(a.value);
        if (level < depth) walk(n, level + 1);
        out += "/";
      } else {
        out += t === 3 || t === 4 ? "T" + str(n.data) : "O";
      }
    }
  };
  walk(root, 0);
  return out;
}

// The rule of the Trusted Types policy for HTML (src/web/html.rs): release HTML
// goes to DOMParser as it is; the policy exists so that a page enforcing
// Trusted Types lets this one inert parser take it.
export const same = (s) => s;
