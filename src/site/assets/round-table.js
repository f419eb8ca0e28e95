// Keyboard shortcuts of the round table (the page lists them in its "Keyboard shortcuts" help, which
// this script reveals). Without the script the table is a plain form: Tab moves, the button saves.
(() => {
  const table = document.querySelector('table[data-shortcuts]');
  const form = table && table.closest('form');
  if (!form) return;
  const help = document.getElementById('table-shortcuts');
  if (help) help.hidden = false;

  const rows = [...table.tBodies[0].rows];
  const fieldsOf = (row) => [...row.querySelectorAll('textarea, select')];
  const moves = {
    ArrowDown: (row, column) => rows[rows.indexOf(row) + 1] && fieldsOf(rows[rows.indexOf(row) + 1])[column],
    ArrowUp: (row, column) => rows[rows.indexOf(row) - 1] && fieldsOf(rows[rows.indexOf(row) - 1])[column],
    ArrowRight: (row, column) => fieldsOf(row)[column + 1],
    ArrowLeft: (row, column) => fieldsOf(row)[column - 1],
  };

  form.addEventListener('keydown', (event) => {
    // Ctrl (⌘ on a Mac) + Enter or S saves the table, as its button does (submit event included).
    if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 'Enter' || event.key === 's' || event.key === 'S')) {
      event.preventDefault();
      form.requestSubmit();
      return;
    }
    // Alt + an arrow moves between the cells; the browser's own use of these keys (back, open a list) is not wanted here.
    const move = moves[event.key];
    const field = event.target;
    const row = field instanceof Element ? field.closest('tbody tr') : null;
    if (!move || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || !row) return;
    event.preventDefault();
    const target = move(row, fieldsOf(row).indexOf(field));
    if (target) target.focus();
  });
})();
