// zwpack report: sort and filter the packages table. Plain ES5 so that older office browsers run it.
(function () {
  var table = document.getElementById('packages');
  if (!table) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var filter = document.getElementById('filter');
  var profile = document.getElementById('profile-filter');
  var errorsOnly = document.getElementById('errors-only');
  var shown = document.getElementById('shown');
  var texts = rows.map(function (r) { return (r.cells[0].textContent || '').toLowerCase(); });

  function apply() {
    var q = filter.value.trim().toLowerCase();
    var p = profile.value;
    var n = 0;
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      var ok = (!q || texts[i].indexOf(q) >= 0) && (!p || r.getAttribute('data-profile') === p) && (!errorsOnly.checked || r.getAttribute('data-errors') !== '0');
      r.className = ok ? '' : 'hidden';
      if (ok) n++;
    }
    shown.textContent = n + ' / ' + rows.length;
  }

  function sortBy(th) {
    var col = th.cellIndex;
    var num = th.getAttribute('data-type') === 'num';
    var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    var heads = table.tHead.rows[0].cells;
    for (var i = 0; i < heads.length; i++) heads[i].setAttribute('aria-sort', 'none');
    th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
    var keyed = rows.map(function (r, i) {
      var v = r.cells[col].getAttribute('data-v');
      return { r: r, i: i, v: num ? Number(v) : v };
    });
    keyed.sort(function (a, b) {
      var c = num ? a.v - b.v : String(a.v).localeCompare(String(b.v), 'zh-CN');
      return c !== 0 ? c * dir : a.i - b.i;
    });
    var frag = document.createDocumentFragment();
    for (var k = 0; k < keyed.length; k++) frag.appendChild(keyed[k].r);
    body.appendChild(frag);
  }

  var heads = table.tHead.rows[0].cells;
  for (var h = 0; h < heads.length; h++) {
    heads[h].addEventListener('click', function () { sortBy(this); });
    heads[h].addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortBy(this); } });
  }
  filter.addEventListener('input', apply);
  profile.addEventListener('change', apply);
  errorsOnly.addEventListener('change', apply);
  apply();
})();
