// Injected into a copy of a report's HTML by tests/print/run-html: lays the
// page out at the width of its printed text (A4 less the margins of the
// style sheet's @page: 16 cm portrait, 26.7 cm for landscape workbooks) and
// lists every table cell whose content is wider than the cell (text that would
// print over its neighbour), and every picture wider than the page. The list
// goes into a pre element of id "overflow-result", which `chromium --dump-dom` prints.
window.addEventListener("load", () => {
  // The unnamed @page sets the document's pages; a named one (the timeline's
  // "wide" pages) holds only its own figures.
  const landscape = /@page\s*\{\s*size:\s*A4\s+landscape/.test(document.querySelector("style").textContent);
  document.body.style.width = landscape ? "26.7cm" : "16cm";
  document.body.style.maxWidth = "none";
  document.body.style.margin = "0";
  document.body.style.padding = "0";
  const found = [];
  for (const cell of document.querySelectorAll("td, th")) {
    if (cell.scrollWidth > cell.clientWidth + 1) {
      found.push(`cell ${cell.scrollWidth}px in ${cell.clientWidth}px: ${cell.textContent.trim().slice(0, 60)}`);
    }
  }
  const page = document.body.getBoundingClientRect().width;
  for (const el of document.querySelectorAll("table, figure, svg")) {
    const w = el.getBoundingClientRect().width;
    if (w > page + 1) found.push(`${el.tagName.toLowerCase()} ${Math.round(w)}px on a page of ${Math.round(page)}px`);
  }
  const out = document.createElement("pre");
  out.id = "overflow-result";
  out.textContent = found.length ? found.join("\n") : "none";
  document.body.appendChild(out);
});
