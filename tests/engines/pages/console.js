// Injected first into every page the cross-engine tests open (server.mjs):
// records what a visitor's console would show as an error or warning, for
// drivers that cannot read the console (WebKitWebDriver). Read back as
// window.__engineProblems, one string each.
(() => {
  const problems = (window.__engineProblems = []);
  const text = (value) =>
    value instanceof Error ? `${value.name}: ${value.message}` : typeof value === "string" ? value : String(value);
  for (const level of ["error", "warn"]) {
    const original = console[level];
    console[level] = function (...args) {
      problems.push(`console.${level}: ${args.map(text).join(" ")}`);
      return original.apply(this, args);
    };
  }
  window.addEventListener(
    "error",
    (e) => {
      if (e.target && e.target !== window) {
        const el = e.target;
        problems.push(`failed to load: <${el.localName}> ${el.src || el.href || ""}`);
      } else {
        problems.push(`uncaught: ${e.message}`);
      }
    },
    true,
  );
  window.addEventListener("unhandledrejection", (e) => problems.push(`unhandled rejection: ${text(e.reason)}`));
  document.addEventListener(
    "securitypolicyviolation",
    (e) => problems.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    true,
  );
})();
