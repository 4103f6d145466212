// Runs after Decap CMS is loaded: completes its Vietnamese phrases (the bundle's "vi" locale lacks
// some, which would show in English, and cuts "Trạng thái" short), then starts it.
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
