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
    // Scroll the highlighted line of a document into view.
    scrollToLine: function (children) {
      setTimeout(function () {
        const line = document.querySelector('.doc-line.cited');
        if (line) { line.scrollIntoView({block: 'center'}); }
      }, 50);
      return window.dash_clientside.no_update;
    },
    // Switch the language: the same address with lang toggled, reloaded so every label changes.
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
