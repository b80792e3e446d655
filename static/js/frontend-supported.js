// Runs in <head>, before the page is drawn, so NHS.UK frontend's styles for pages that its
// scripts will enhance apply from the first paint: the header's menu is laid out on one line
// at once, instead of wrapping first and jumping when site.js runs (a layout shift).
// The same test as NHS.UK frontend's own snippet: browsers that cannot run its modules keep
// the plain layout, which works without JavaScript.
if ("noModule" in HTMLScriptElement.prototype) {
  document.documentElement.classList.add("js-enabled", "nhsuk-frontend-supported");
}
