// zwpack report: open a package's section stored deflated (data-z, base64) when its row is opened or
// the page is opened at its address. Plain ES5 (IE 10 and up: atob, typed arrays).
(function () {
  function utf8(bytes) {
    if (typeof TextDecoder !== 'undefined') return new TextDecoder('utf-8').decode(bytes);
    var s = '';
    for (var i = 0; i < bytes.length; i += 8192) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
    return decodeURIComponent(escape(s));
  }

  function unpack(id) {
    var section = id && document.getElementById(id);
    if (!section || !section.getAttribute('data-z')) return;
    var bin = atob(section.getAttribute('data-z'));
    var src = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) src[i] = bin.charCodeAt(i);
    section.innerHTML = utf8(zwInflate(src, new Uint8Array(Number(section.getAttribute('data-n')))));
    section.removeAttribute('data-z');
    section.removeAttribute('data-n');
  }

  function fromHash() {
    var id = location.hash.slice(1);
    // A malformed address (#%E0) names no section: it is left as it is, with no error.
    try {
      id = decodeURIComponent(id);
    } catch (e) {
      return;
    }
    unpack(id);
  }

  window.addEventListener('hashchange', fromHash);
  fromHash();
})();
