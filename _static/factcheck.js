/* The report's small scripts: numbers as search terms, and the register's filters. No network, no library. */

/* Sphinx's search splits "435,000" into "435" and "000" and then drops all-digit words, so a number
   could never be found. The site's index keeps numbers whole, and a percentage also as "99%"
   (factcheck/site/extension.py, search_words); the query is read the same way: "99%" and "99 percent"
   look for "99%", "435000" for "435,000". searchtools.js uses this function when it is defined before it loads. */
var splitQuery = function (query) {
  var words = [];
  var pattern = /(\d+(?:[.,]\d+)*)(%| ?percent\b)?|[\p{L}\p{N}_]+/giu;
  var match;
  while ((match = pattern.exec(query)) !== null) {
    if (match[1] === undefined) { words.push(match[0]); continue; }
    var number = /^\d{5,15}$/.test(match[1]) ? Number(match[1]).toLocaleString("en-US") : match[1];
    words.push(match[2] ? number + "%" : number);
  }
  return words;
};

/* The register: filter the table by rating and by article. Without JavaScript the whole table shows. */
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll(".register-filters").forEach(function (box) {
    var table = box.parentElement.querySelector("table.factcheck-register");
    if (!table) return;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var selects = box.querySelectorAll("select[data-filter]");
    var shown = box.querySelector(".register-shown");
    function apply() {
      var count = 0;
      rows.forEach(function (row) {
        var keep = true;
        selects.forEach(function (select) {
          var want = select.value;
          if (!want) return;
          var have = (row.getAttribute("data-" + select.getAttribute("data-filter")) || "").split(" ");
          if (have.indexOf(want) < 0) keep = false;
        });
        row.hidden = !keep;
        if (keep) count += 1;
      });
      if (shown) shown.textContent = count + (count === 1 ? " row shown" : " rows shown") + " of " + rows.length + ".";
    }
    selects.forEach(function (select) { select.addEventListener("change", apply); });
    box.hidden = false;
    apply();
  });
});

/* On a phone, the book theme's menu buttons do nothing: the theme underneath (pydata) listens only to the
   first button of each kind, which the book theme hides. Pass the click on. */
document.addEventListener("DOMContentLoaded", function () {
  ["primary", "secondary"].forEach(function (side) {
    var toggles = document.querySelectorAll("." + side + "-toggle");
    if (toggles.length < 2) return;
    for (var i = 1; i < toggles.length; i++) {
      toggles[i].addEventListener("click", function (event) {
        if (window.matchMedia("(min-width: 992px)").matches) return;   // wide: the book theme folds the sidebar
        event.preventDefault();
        toggles[0].click();
      });
    }
  });
});

/* A link to a check folded inside a closed "evidence" box (the register keeps each statement's evidence folded)
   opens the boxes around it, then shows it. */
(function () {
  function reveal() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    var opened = false;
    for (var node = target.parentElement; node; node = node.parentElement) {
      if (node.tagName === "DETAILS" && !node.open) { node.open = true; opened = true; }
    }
    if (opened) target.scrollIntoView();
  }
  window.addEventListener("hashchange", reveal);
  document.addEventListener("DOMContentLoaded", reveal);
})();
