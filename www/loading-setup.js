// www/loading.html's classic head script: ?wasm=URL becomes
// <meta name="syndicard-wasm" content="URL">, before any module runs.
const wasm = new URLSearchParams(location.search).get("wasm");
if (wasm) {
  const meta = document.createElement("meta");
  meta.name = "syndicard-wasm";
  meta.content = wasm;
  document.head.append(meta);
}
