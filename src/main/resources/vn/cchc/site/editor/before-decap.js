// Runs before Decap CMS. Dated lists start sorted by date, newest first: Decap has no setting for
// a default sort, it keeps the sort an editor picks in localStorage, which is filled here only for
// the lists the editor has not sorted yet. Decap is then started by after-decap.js.
(function (dated) {
  try {
    var key = "decap-cms.entries.sort";
    var sort = JSON.parse(localStorage.getItem(key) || "{}");
    dated.forEach(function (c) {
      if (!sort[c]) {
        sort[c] = {date: {key: "date", direction: "Descending", index: 0}};
      }
    });
    localStorage.setItem(key, JSON.stringify(sort));
  } catch (e) {
    // no storage: Decap's own order
  }
  window.CMS_MANUAL_INIT = true;
})(/*DATED*/);
