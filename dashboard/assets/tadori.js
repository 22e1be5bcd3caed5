// Clientside helpers: the few things only the browser can do.
window.dash_clientside = Object.assign({}, window.dash_clientside, {
  tadori: {
    // The cytoscape instance behind a dash-cytoscape component (cytoscape.js registers it on its container).
    cy: function (id) {
      const root = document.getElementById(id);
      if (!root) { return null; }
      if (root._cyreg && root._cyreg.cy) { return root._cyreg.cy; }
      for (const el of root.querySelectorAll('div')) {
        if (el._cyreg && el._cyreg.cy) { return el._cyreg.cy; }
      }
      return null;
    },
    // The whole graph as SVG text (cytoscape-svg, loaded with dash-cytoscape's extra bundle).
    graphSvg: function (clicks, id) {
      const cy = window.dash_clientside.tadori.cy(id);
      if (!clicks || !cy || typeof cy.svg !== 'function') { return window.dash_clientside.no_update; }
      return cy.svg({full: true, scale: 1, bg: '#ffffff'});
    },
    // Cytoscape caches where its container sits; controls that render late (the dropdowns) move it
    // down without a resize or scroll event, so clicks would land off target. Re-measure after drawing.
    refreshGraph: function (elements, id) {
      [100, 600].forEach(function (delay) {
        setTimeout(function () {
          const cy = window.dash_clientside.tadori.cy(id);
          if (cy) { cy.resize(); }
        }, delay);
      });
      return window.dash_clientside.no_update;
    },
    // Scroll the highlighted line of a document into view.
    scrollToLine: function (children) {
      setTimeout(function () {
        const line = document.querySelector('.doc-line.cited');
        if (line) { line.scrollIntoView({block: 'center'}); }
      }, 50);
      return window.dash_clientside.no_update;
    },
    // Switch the language: the same address with lang toggled, reloaded so every label changes.
    // While the server builds the first graph, a page shows 「作成中」 and looks again every few seconds.
    reloadWhenBuilt: function (ticks) {
      if (ticks) { window.location.reload(); }
      return window.dash_clientside.no_update;
    },
    switchLanguage: function (clicks) {
      if (!clicks) { return window.dash_clientside.no_update; }
      const url = new URL(window.location.href);
      const lang = url.searchParams.get('lang') === 'en' ? 'ja' : 'en';
      if (lang === 'ja') { url.searchParams.delete('lang'); } else { url.searchParams.set('lang', lang); }
      window.location.assign(url.toString());
      return window.dash_clientside.no_update;
    }
  }
});

// Back and forward. Pages write their state into the address with dcc.Location(refresh=False), which
// Dash's router does not hear; so when the history moves within one page, the router would see no
// change. Reloading rebuilds the view from the address, which holds all of it.
(function () {
  let shown = window.location.pathname;
  const push = window.history.pushState;
  window.history.pushState = function () {
    const result = push.apply(this, arguments);
    shown = window.location.pathname;
    return result;
  };
  window.addEventListener('popstate', function () {
    const samePage = window.location.pathname === shown;
    shown = window.location.pathname;
    if (samePage) { window.location.reload(); }
  });
})();
