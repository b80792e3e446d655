// Re-runs the plain-language check in the page editor as the editor types, a second after
// they pause. Without JavaScript the panel still shows the check of the last saved version.
(() => {
  const PAUSE_MS = 1000;

  function watch(panel) {
    const form = panel.closest("form");
    const summary = panel.querySelector("[data-plain-language-summary]");
    const report = panel.querySelector("[data-plain-language-report]");
    if (!form || !summary || !report) return;
    let timer;
    let inFlight;

    async function recheck() {
      inFlight?.abort();
      inFlight = new AbortController();
      try {
        // The whole form, so that rich text and StreamField arrive as Wagtail posts them;
        // it carries the CSRF token too.
        const response = await fetch(panel.dataset.plainLanguageUrl, {
          method: "POST",
          body: new FormData(form),
          credentials: "same-origin",
          signal: inFlight.signal,
        });
        if (!response.ok) return;
        const result = await response.json();
        report.innerHTML = result.html;
        // Only a changed summary is announced to screen readers (the summary is a status).
        if (summary.textContent.trim() !== result.summary) summary.textContent = result.summary;
      } catch (error) {
        if (error.name !== "AbortError") console.warn("Plain-language check failed", error);
      }
    }

    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(recheck, PAUSE_MS);
    };
    form.addEventListener("input", schedule);
    form.addEventListener("change", schedule);
  }

  function start() {
    document.querySelectorAll("[data-plain-language-url]").forEach(watch);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
