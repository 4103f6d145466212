/* Today's date in Vietnam time in the header, and the menu opened on wide screens. No build date. */
(function () {
  var e = document.getElementById('hom-nay');
  if (e) {
    var d = new Date(Date.now() + 7 * 3600e3);
    var thu = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
    var p = function (n) { return (n < 10 ? '0' : '') + n; };
    e.textContent = thu[d.getUTCDay()] + ', ngày ' + p(d.getUTCDate()) + '/' + p(d.getUTCMonth() + 1) + '/' + d.getUTCFullYear();
    e.hidden = false;
  }
  var m = document.getElementById('menu');
  if (m && window.matchMedia && window.matchMedia('(min-width: 60em)').matches) {
    m.open = true;
  }
})();
