// `make css`: NHS.UK frontend's style sheet cut down to the selectors our pages can use, so a
// first visit downloads a fraction of it. PurgeCSS keeps every selector whose class names
// appear in our templates and Python code (form tags and blocks add classes), in the templates
// of wagtail-nhsuk-frontend that our blocks render, and in the JavaScript that adds classes
// as it enhances a page. tests/core/test_public_css.py fails if a class our templates use is
// missing from the result.
//
// It leaves out NHS.UK's @font-face rules: they load the Frutiger web font from assets.nhs.uk,
// a request to another server on every first visit, and a font only NHS organisations may use.
// Without them the pages fall back to Arial, as NHS.UK's own pages do when the font is missing.
//
// Usage: node scripts/build_css.mjs PATH/TO/wagtailnhsukfrontend OUTPUT.css
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { PurgeCSS } from "purgecss";

const [packageDir, output] = process.argv.slice(2);
const frontendCss = join(packageDir, "static/wagtailnhsukfrontend/css/nhsuk-frontend-10.4.2.min.css");

const [result] = await new PurgeCSS().purge({
  css: [frontendCss],
  content: [
    "*/templates/**/*.html",
    "*/**/*.py",
    "static/js/*.js",
    join(packageDir, "templates/**/*.html"),
    join(packageDir, "*.py"),
    join(packageDir, "static/wagtailnhsukfrontend/js/*.js"),
  ],
  skippedContentGlobs: ["node_modules/**", "staticfiles/**", "**/migrations/**", "tests/**"],
  safelist: {
    // Classes our templates make by joining words (`nhsuk-label--{{ label_size }}`), so never
    // written out whole; tests/core/test_public_css.py finds any such family not listed here.
    standard: [/^nhsuk-(label|fieldset__legend)--/, /^nhsuk-(radios|checkboxes)/, /^nhsuk-card--care--/],
    // And the states NHS.UK frontend's scripts add the same way.
    greedy: [/--open$/, /--selected$/, /--hidden$/, /--active$/, /--expanded$/, /--visible$/],
  },
  variables: true,
  keyframes: true,
});

// An @font-face rule holds declarations only, never a nested block, so it ends at its first "}".
const css = result.css.replace(/@font-face\s*\{[^}]*\}/g, "");

mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, `/* Built by scripts/build_css.mjs from NHS.UK frontend 10.4.2; do not edit. */\n${css}\n`);
