// The review page's keys: c confirm, r reject, m back to machine-read, a add a flow from this line.
// A key pressed on a grid row (not while editing a cell) or a click on a line of the text becomes a
// command in the review-command store; the page's callbacks do the rest.
(function () {
  function command(data) {
    if (window.dash_clientside && window.dash_clientside.set_props) {
      window.dash_clientside.set_props('review-command', {data: Object.assign({n: Date.now()}, data)});
    }
  }
  function lineOf(row) {
    const cell = row && row.querySelector('[col-id="line"]');
    return cell ? cell.innerText.trim() : null;
  }
  function highlight(line) {
    document.querySelectorAll('#review-text .doc-line.cited').forEach(function (el) { el.classList.remove('cited'); });
    const el = line && document.getElementById('review-line-' + line);
    if (el) { el.classList.add('cited'); el.scrollIntoView({block: 'nearest'}); }
  }
  document.addEventListener('keydown', function (event) {
    const target = event.target;
    const grid = target.closest && target.closest('#review-grid, #review-candidates');
    if (!grid || event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (target.closest('.ag-cell-inline-editing') || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) {
      return;
    }
    const key = (event.key || '').toLowerCase();
    if (!['c', 'r', 'm', 'a'].includes(key)) { return; }
    const row = target.closest('.ag-row');
    if (!row) { return; }
    event.preventDefault();
    event.stopPropagation();
    command({key: key, grid: grid.id, row: row.getAttribute('row-id'), line: lineOf(row)});
  }, true);
  document.addEventListener('focusin', function (event) {
    const target = event.target;
    const row = target.closest && target.closest('#review-grid .ag-row, #review-candidates .ag-row');
    if (row) { highlight(lineOf(row)); }
    // A name being edited in the grid: offer the names the store knows (the page's datalists).
    const cell = target.tagName === 'INPUT' && target.closest('#review-grid .ag-cell');
    if (cell) {
      const lists = {source_department: 'department', recipient_department: 'department',
                     source_business: 'business', recipient_business: 'business', recipient_external: 'external'};
      const list = lists[cell.getAttribute('col-id')];
      if (list) { target.setAttribute('list', 'review-names-' + list); }
    }
  });
  document.addEventListener('click', function (event) {
    const line = event.target.closest && event.target.closest('#review-text .doc-line');
    if (line) { command({key: 'a', line: line.getAttribute('data-line')}); }
  });
})();
