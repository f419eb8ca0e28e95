// Small conveniences of the workspace; every page works without them.
// A form with unsaved changes asks before the page is left.
(() => {
  let dirty = false;
  for (const form of document.querySelectorAll('form[data-warn-unsaved]')) {
    form.addEventListener('input', () => { dirty = true; });
    form.addEventListener('submit', () => { dirty = false; });
  }
  window.addEventListener('beforeunload', (event) => {
    if (dirty) event.preventDefault();
  });
})();
