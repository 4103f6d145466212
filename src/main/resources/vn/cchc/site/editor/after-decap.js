// Runs after Decap CMS is loaded: completes its Vietnamese phrases (the bundle's "vi" locale lacks
// some, which would show in English), then starts it. The workflow step in the toolbar is called
// "Bước duyệt" (the bundle says "Trạng:"), so that it is not taken for the form's "Trạng thái"
// field (draft or published on the site).
(function (phrases) {
  function merge(into, from) {
    Object.keys(from).forEach(function (k) {
      into[k] = typeof from[k] === "object" ? merge(into[k] || {}, from[k]) : from[k];
    });
    return into;
  }
  CMS.registerLocale("vi", merge(CMS.getLocale("vi") || {}, phrases));
  CMS.init();
})(/*PHRASES*/);
