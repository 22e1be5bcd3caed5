// The trace graph as an image that stands on its own: a title (what was traced, as the page's summary
// says it) above the drawing, and the legend (basis colours, line styles, shapes) below it, in SVG and PNG.
window.dash_clientside = Object.assign({}, window.dash_clientside, {
  tadori_images: {
    // The page's own legend, read from the DOM so the image says exactly what the page says.
    legend: function () {
      const entries = [];
      document.querySelectorAll('#trace-legend .legend-entry').forEach(function (entry) {
        const swatch = entry.querySelector('.legend-swatch');
        const line = entry.querySelector('.legend-line');
        const shape = entry.querySelector('.legend-shape');
        const item = {label: entry.innerText.trim()};
        if (swatch) {
          item.kind = 'swatch';
          item.colour = getComputedStyle(swatch).backgroundColor;
        } else if (line) {
          item.kind = line.classList.contains('dashed') ? 'dashed' : 'line';
          item.opacity = line.classList.contains('faint') ? 0.4 : 1;
        } else if (shape) {
          item.kind = 'shape';
          item.colour = getComputedStyle(shape).backgroundColor;
          item.border = getComputedStyle(shape).borderTopColor;
        }
        entries.push(item);
      });
      return entries;
    },
    title: function () {
      const summary = document.getElementById('trace-summary');
      return 'Tadori — ' + (summary ? summary.innerText.trim() : '');
    },
    // Legend entries in rows no wider than ``width``: [[entry, x], ...] per row.
    rows: function (entries, width, measure, unit) {
      const rows = [[]];
      let x = 0;
      entries.forEach(function (entry) {
        const w = (40 + 24) * unit + measure(entry.label);
        if (x + w > width && rows[rows.length - 1].length) { rows.push([]); x = 0; }
        rows[rows.length - 1].push([entry, x]);
        x += w;
      });
      return rows;
    },
    escape: function (text) {
      return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
    },
    svg: function (clicks, id) {
      const images = window.dash_clientside.tadori_images;
      const cy = window.dash_clientside.tadori.cy(id);
      if (!clicks || !cy || typeof cy.svg !== 'function') { return window.dash_clientside.no_update; }
      const graph = cy.svg({full: true, scale: 1, bg: '#ffffff'}).replace(/<\?xml[^>]*\?>/, '');
      const size = /<svg[^>]*?width="([\d.]+)(?:px)?"[^>]*?height="([\d.]+)(?:px)?"/.exec(graph);
      const graphWidth = size ? parseFloat(size[1]) : 800, graphHeight = size ? parseFloat(size[2]) : 600;
      const pad = 16, titleHeight = 40, rowHeight = 24;
      const width = Math.max(graphWidth, 720);
      const measure = function (text) { return 14 * text.length; };
      const rows = images.rows(images.legend(), width - 2 * pad, measure, 1);
      const legendTop = titleHeight + graphHeight + pad;
      const height = legendTop + rows.length * rowHeight + pad;
      const font = 'font-family="IPAPGothic, IPAGothic, sans-serif"';
      let legend = '';
      rows.forEach(function (row, r) {
        const y = legendTop + r * rowHeight + 12;
        row.forEach(function (cell) {
          const entry = cell[0], x = pad + cell[1];
          if (entry.kind === 'swatch') {
            legend += '<rect x="' + x + '" y="' + (y - 3) + '" width="32" height="6" fill="' + entry.colour + '"/>';
          } else if (entry.kind === 'line' || entry.kind === 'dashed') {
            legend += '<line x1="' + x + '" y1="' + y + '" x2="' + (x + 32) + '" y2="' + y + '" stroke="#555" ' +
              'stroke-width="3" opacity="' + entry.opacity + '"' +
              (entry.kind === 'dashed' ? ' stroke-dasharray="6,4"' : '') + '/>';
          } else if (entry.kind === 'shape') {
            legend += '<rect x="' + x + '" y="' + (y - 8) + '" width="32" height="16" rx="3" fill="' + entry.colour +
              '" stroke="' + entry.border + '"/>';
          }
          legend += '<text x="' + (x + 40) + '" y="' + (y + 5) + '" font-size="14" ' + font + '>' +
            images.escape(entry.label) + '</text>';
        });
      });
      return '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="' + width +
        '" height="' + height + '" viewBox="0 0 ' + width + ' ' + height + '">' +
        '<rect width="100%" height="100%" fill="#ffffff"/>' +
        '<text x="' + pad + '" y="26" font-size="18" font-weight="bold" ' + font + '>' +
        images.escape(images.title()) + '</text>' +
        '<g class="graph" transform="translate(0,' + titleHeight + ')">' + graph + '</g>' +
        '<g class="legend">' + legend + '</g></svg>';
    },
    png: function (clicks, id) {
      const images = window.dash_clientside.tadori_images;
      const cy = window.dash_clientside.tadori.cy(id);
      if (!clicks || !cy) { return window.dash_clientside.no_update; }
      const scale = 2, pad = 16 * scale, titleHeight = 40 * scale, rowHeight = 24 * scale;
      const image = new Image();
      image.src = cy.png({full: true, scale: scale, bg: '#ffffff', output: 'base64uri'});
      return image.decode().then(function () {
        const canvas = document.createElement('canvas');
        const context = canvas.getContext('2d');
        const font = 'IPAPGothic, IPAGothic, sans-serif';
        context.font = (14 * scale) + 'px ' + font;
        const width = Math.max(image.width, 720 * scale);
        const rows = images.rows(images.legend(), width - 2 * pad, function (text) {
          return context.measureText(text).width;
        }, scale);
        const legendTop = titleHeight + image.height + pad;
        canvas.width = width;
        canvas.height = legendTop + rows.length * rowHeight + pad;
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.fillStyle = '#222222';
        context.font = 'bold ' + (18 * scale) + 'px ' + font;
        context.fillText(images.title(), pad, 26 * scale);
        context.drawImage(image, 0, titleHeight);
        context.font = (14 * scale) + 'px ' + font;
        rows.forEach(function (row, r) {
          const y = legendTop + r * rowHeight + 12 * scale;
          row.forEach(function (cell) {
            const entry = cell[0], x = pad + cell[1];
            context.save();
            if (entry.kind === 'swatch') {
              context.fillStyle = entry.colour;
              context.fillRect(x, y - 3 * scale, 32 * scale, 6 * scale);
            } else if (entry.kind === 'line' || entry.kind === 'dashed') {
              context.strokeStyle = '#555555';
              context.globalAlpha = entry.opacity;
              context.lineWidth = 3 * scale;
              context.setLineDash(entry.kind === 'dashed' ? [6 * scale, 4 * scale] : []);
              context.beginPath();
              context.moveTo(x, y);
              context.lineTo(x + 32 * scale, y);
              context.stroke();
            } else if (entry.kind === 'shape') {
              context.fillStyle = entry.colour;
              context.strokeStyle = entry.border;
              context.fillRect(x, y - 8 * scale, 32 * scale, 16 * scale);
              context.strokeRect(x, y - 8 * scale, 32 * scale, 16 * scale);
            }
            context.restore();
            context.fillStyle = '#222222';
            context.fillText(entry.label, x + 40 * scale, y + 5 * scale);
          });
        });
        return canvas.toDataURL('image/png');
      });
    }
  }
});
