// Export and share: the drawn graph as SVG (cytoscape-svg) or PNG (Cytoscape's own renderer), as
// files the browser downloads; the permalink is the page's URL (the view state lives in it).

/** The file name for a view: the title without characters file systems refuse. */
export function exportFileName(title, extension) {
  const base = String(title || 'govgraph-view').replace(/[^A-Za-z0-9 ._-]+/g, '').trim().replace(/\s+/g, '-').slice(0, 80) || 'govgraph-view';
  return `${base}.${extension}`;
}

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The whole graph as SVG text (white background), as cytoscape-svg draws it. */
export function graphSvg(cy) {
  return cy.svg({ full: true, scale: 1, bg: '#ffffff' });
}

/** Downloads the whole graph as an SVG file. */
export function downloadSvg(cy, title) {
  download(new Blob([graphSvg(cy)], { type: 'image/svg+xml;charset=utf-8' }), exportFileName(title, 'svg'));
}

/** Downloads the whole graph as a PNG file at twice the screen's resolution. */
export function downloadPng(cy, title) {
  download(cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' }), exportFileName(title, 'png'));
}

/** The HTML that embeds a view in another page (an iframe of the chromeless page). */
export function embedSnippet(pageUrl, title) {
  const url = new URL(pageUrl);
  url.searchParams.set('embed', '1');
  const safeTitle = String(title || 'govgraph view').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${url.href.replace(/"/g, '%22')}" title="${safeTitle}" width="960" height="640" style="border:1px solid #ccc" loading="lazy"></iframe>`;
}
