// Copy buttons of the paste pack's queue page. Works opened from disk (file://), without a server.
(function () {
  'use strict';
  var status = document.getElementById('thong-bao');

  function announce(text) {
    status.textContent = '';
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  function templateText(id) {
    var t = document.getElementById(id);
    return t ? t.innerHTML : '';
  }

  function plain(id) {
    var t = document.getElementById(id);
    return t ? t.content.textContent : '';
  }

  // Older browsers, or a page the clipboard API refuses: copy a selection.
  function copyBySelection(html, text) {
    var box = document.createElement(html ? 'div' : 'textarea');
    box.setAttribute('aria-hidden', 'true');
    box.style.position = 'fixed';
    box.style.left = '-10000px';
    if (html) {
      box.contentEditable = 'true';
      box.innerHTML = html;
    } else {
      box.value = text;
    }
    document.body.appendChild(box);
    var range = document.createRange();
    if (html) {
      range.selectNodeContents(box);
      var sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
    } else {
      box.select();
    }
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    document.body.removeChild(box);
    return ok;
  }

  // Rich HTML where the browser allows it (ClipboardItem), plain text otherwise.
  function copy(html, text) {
    var clip = navigator.clipboard;
    if (html && clip && clip.write && window.ClipboardItem) {
      var item = new window.ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' })
      });
      return clip.write([item]).then(function () { return true; }, function () { return copyBySelection(html, text); });
    }
    if (clip && clip.writeText) {
      return clip.writeText(text).then(function () { return true; }, function () { return copyBySelection(null, text); });
    }
    return Promise.resolve(copyBySelection(html, text));
  }

  window.cchcCopy = copy;

  document.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-chep]');
    if (!button) {
      return;
    }
    var id = button.getAttribute('data-chep');
    var rich = button.hasAttribute('data-html');
    var html = rich ? templateText(id) : null;
    var text = rich ? plain(id + '-chu') : plain(id);
    copy(html, text).then(function (ok) {
      announce(ok ? 'Đã chép ' + button.getAttribute('data-ten') + '.'
                  : 'Không chép được. Mở tệp ' + button.getAttribute('data-tep') + ' và chép bằng Ctrl+C.');
    });
  });
})();
