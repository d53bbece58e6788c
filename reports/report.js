// factlint HTML report: filters by severity, kind and document. Runs offline;
// reads the data block (#factlint-data) and builds its controls with DOM calls
// and textContent only, never innerHTML, so no article text is parsed as HTML.
// The filters also live in the URL's fragment, so a filtered view can be
// shared: report.html#severity=error,warning&kind=stale&document=0,2.
// Any script error or Content-Security-Policy violation is recorded on <html
// data-errors="…"> so the headless-browser test can see it.
(function () {
  'use strict';
  var root = document.documentElement;
  var errors = [];
  function record(message) {
    errors.push(String(message));
    root.setAttribute('data-errors', errors.join(' | '));
  }
  window.addEventListener('error', function (event) {
    record(event.message || 'script error');
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    record('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI);
  });

  var data = JSON.parse(document.getElementById('factlint-data').textContent);
  var cards = Array.prototype.slice.call(document.querySelectorAll('article.finding'));
  var subjects = Array.prototype.slice.call(document.querySelectorAll('section.subject'));
  var filters = document.getElementById('filters');
  var status = document.getElementById('filter-status');
  var groups = {};

  function countBy(key) {
    var counts = {};
    data.findings.forEach(function (finding) {
      var values = key === 'documents' ? finding.documents : [finding[key]];
      values.forEach(function (value) { counts[value] = (counts[value] || 0) + 1; });
    });
    return counts;
  }

  function addGroup(name, legend, options) {
    if (options.length === 0) return;
    var fieldset = document.createElement('fieldset');
    var title = document.createElement('legend');
    title.textContent = legend;
    fieldset.appendChild(title);
    groups[name] = [];
    options.forEach(function (option) {
      var label = document.createElement('label');
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = true;
      box.value = option.value;
      box.addEventListener('change', function () {
        apply();
        writeFragment();
      });
      label.appendChild(box);
      label.appendChild(document.createTextNode(' ' + option.label));
      fieldset.appendChild(label);
      groups[name].push(box);
    });
    filters.appendChild(fieldset);
  }

  // The fragment's lists preset the boxes; a group it does not name stays all on.
  function readFragment() {
    var params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    Object.keys(groups).forEach(function (name) {
      if (!params.has(name)) return;
      var wanted = params.get(name).split(',');
      groups[name].forEach(function (box) { box.checked = wanted.indexOf(box.value) >= 0; });
    });
  }

  function writeFragment() {
    var parts = [];
    Object.keys(groups).forEach(function (name) {
      var on = groups[name].filter(function (box) { return box.checked; });
      if (on.length === groups[name].length) return;
      parts.push(name + '=' + on.map(function (box) { return encodeURIComponent(box.value); }).join(','));
    });
    try {
      window.history.replaceState(null, '', parts.length ? '#' + parts.join('&') :
          window.location.pathname + window.location.search);
    } catch (e) {
      // Some file: URLs refuse replaceState; the filters still work.
    }
  }

  function checked(name) {
    var set = {};
    (groups[name] || []).forEach(function (box) { if (box.checked) set[box.value] = true; });
    return set;
  }

  function apply() {
    var severities = checked('severity');
    var kinds = checked('kind');
    var documents = checked('document');
    var shown = 0;
    cards.forEach(function (card) {
      var attribute = card.getAttribute('data-documents');
      var ids = attribute ? attribute.split(' ') : [];
      var inDocument = ids.length === 0 || ids.some(function (id) { return documents[id]; });
      var visible = severities[card.getAttribute('data-severity')] &&
          kinds[card.getAttribute('data-kind')] && inDocument;
      card.hidden = !visible;
      if (visible) shown += 1;
    });
    subjects.forEach(function (section) {
      section.hidden = !section.querySelector('article.finding:not([hidden])');
    });
    status.textContent = 'Showing ' + shown + ' of ' + cards.length + ' findings.';
  }

  var severityCounts = countBy('severity');
  addGroup('severity', 'Severity', ['error', 'warning', 'info'].filter(function (s) {
    return severityCounts[s];
  }).map(function (s) { return {value: s, label: s + ' (' + severityCounts[s] + ')'}; }));
  var kindCounts = countBy('kind');
  addGroup('kind', 'Kind', Object.keys(kindCounts).sort().map(function (k) {
    return {value: k, label: k + ' (' + kindCounts[k] + ')'};
  }));
  var documentCounts = countBy('documents');
  addGroup('document', 'Document', data.documents.map(function (doc, index) {
    return {value: String(index), label: doc.path + ' (' + (documentCounts[index] || 0) + ')'};
  }).filter(function (option) { return documentCounts[option.value]; }));

  if (cards.length > 0) filters.hidden = false;
  readFragment();
  apply();
  // For the browser test: whether anything made the page wider than the
  // window (a narrow screen must never scroll sideways).
  root.setAttribute('data-overflow-x',
                    root.scrollWidth > root.clientWidth + 1 ? '1' : '0');
  root.setAttribute('data-ready', '1');
})();
