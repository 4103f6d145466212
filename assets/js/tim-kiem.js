/* Site search without a server: folds Vietnamese the way the index was folded at build time
   (no tone marks or diacritics, đ → d, lower case), then keeps entries holding every word. */
(function () {
  "use strict";
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D")
      .toLowerCase().replace(/\s+/g, " ").trim();
  }
  var index = window.CHI_MUC_TIM_KIEM || [];
  var form = document.getElementById("form-tim-kiem");
  var input = document.getElementById("o-tim");
  var list = document.getElementById("ket-qua");
  var status = document.getElementById("ket-qua-tom-tat");
  var root = document.querySelector('script[src$="chi-muc.js"]').getAttribute("src").replace(/tim-kiem\/chi-muc\.js$/, "");
  function search(q) {
    var words = fold(q).split(" ").filter(function (w) { return w.length > 0; });
    list.innerHTML = "";
    if (words.length === 0) { status.textContent = ""; return; }
    var hits = [];
    index.forEach(function (e) {
      if (e.folded === undefined) { e.folded = fold(e[0]); }
      var text = e.folded + " " + e[4];
      if (words.every(function (w) { return text.indexOf(w) >= 0; })) {
        var title = e.folded;
        var score = words.filter(function (w) { return title.indexOf(w) >= 0; }).length;
        hits.push([score, e]);
      }
    });
    hits.sort(function (a, b) { return b[0] - a[0]; });
    hits.slice(0, 50).forEach(function (h) {
      var e = h[1];
      var li = document.createElement("li");
      li.className = "muc";
      var a = document.createElement("a");
      a.href = root + e[1];
      a.textContent = e[0];
      var h3 = document.createElement("h2");
      h3.className = "muc-tieu-de";
      h3.appendChild(a);
      var meta = document.createElement("p");
      meta.className = "muc-thong-tin";
      meta.textContent = e[2] + (e[3] ? " · " + e[3] : "");
      li.appendChild(h3);
      li.appendChild(meta);
      list.appendChild(li);
    });
    status.textContent = hits.length === 0 ? "Không tìm thấy kết quả cho “" + q + "”."
      : "Tìm thấy " + hits.length + " kết quả cho “" + q + "”" + (hits.length > 50 ? " (hiện 50 kết quả đầu)." : ".");
  }
  form.addEventListener("submit", function (ev) { ev.preventDefault(); search(input.value); });
  input.addEventListener("input", function () { search(input.value); });
  var q = new URLSearchParams(window.location.search).get("q");
  if (q) { input.value = q; search(q); }
})();
