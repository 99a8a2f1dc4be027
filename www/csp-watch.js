// Loaded first by www/csp.html (a classic external script, as the page's CSP
// allows no inline script): records every CSP violation the page reports
// and defines the trap the hostile feeds' vectors call.
window.__violations = [];
document.addEventListener(
  "securitypolicyviolation",
  (e) => {
    window.__violations.push({
      directive: e.violatedDirective,
      blocked: e.blockedURI,
      sample: e.sample,
      source: e.sourceFile,
      line: e.lineNumber,
    });
  },
  true,
);
window.__syndicardTrapped = [];
window.__syndicardTrap = (i) => window.__syndicardTrapped.push(i ?? "?");
