/// The filter script: a few lines of plain JavaScript of our own, no library and no network. It
/// shows the filter form (hidden without scripts) and hides the claims and rows that do not match.
enum HTMLScript {
    static let filters = """
    (function () {
      var form = document.getElementById('filter');
      if (!form) return;
      form.hidden = false;
      var items = [].slice.call(document.querySelectorAll('[data-side]'));
      var rows = [].slice.call(document.querySelectorAll('tr[data-topic]'));
      var count = document.getElementById('filter-count');
      function value(name) { var e = form.elements[name]; return e ? e.value.trim().toLowerCase() : ''; }
      function has(list, word) { return (' ' + (list || '').toLowerCase() + ' ').indexOf(' ' + word + ' ') >= 0; }
      function apply() {
        var f = {side: value('side'), type: value('type'), topic: value('topic'), outlet: value('outlet'),
                 speaker: value('speaker'), q: value('q'), from: value('from'), to: value('to')};
        var active = Object.keys(f).some(function (k) { return f[k] !== ''; });
        var shown = 0;
        items.forEach(function (el) {
          var d = el.dataset, ok = true;
          if (f.side && !has(d.side, f.side)) ok = false;
          if (ok && f.type && d.type !== undefined && d.type !== f.type) ok = false;
          if (ok && f.topic && d.topics !== undefined && !has(d.topics, f.topic)) ok = false;
          if (ok && f.outlet && (d.outlet || '').toLowerCase() !== f.outlet) ok = false;
          if (ok && f.speaker && d.speaker !== undefined && d.speaker.indexOf(f.speaker) < 0) ok = false;
          if (ok && f.q && el.textContent.toLowerCase().indexOf(f.q) < 0) ok = false;
          if (ok && f.from && (!d.date || d.date.slice(0, f.from.length) < f.from)) ok = false;
          if (ok && f.to && (!d.date || d.date.slice(0, f.to.length) > f.to)) ok = false;
          el.hidden = !ok;
          if (ok && d.type !== undefined) shown++;
        });
        rows.forEach(function (tr) {
          var hide = !!f.topic && tr.dataset.topic.toLowerCase() !== f.topic;
          if (!hide && active && tr.querySelector('.cl') && !tr.querySelector('.cl:not([hidden])')) hide = true;
          tr.hidden = hide;
        });
        count.textContent = active ? shown + (shown === 1 ? ' Aussage passt.' : ' Aussagen passen.') : '';
      }
      form.addEventListener('input', apply);
      form.addEventListener('change', apply);
      form.addEventListener('reset', function () { setTimeout(apply, 0); });
      form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
    })();
    """
}
