// Search in the browser over the index the site build wrote (/<lang>/suche/index.json).
// Same rules as Landau.Site.Search (SearchText, SearchIndex.Query): normalise, then every query
// word must match an indexed word (inside it from 4 letters on, else at its start); pages with the
// words in their title first, then by the number of matching words.
(function () {
  'use strict';
  var form = document.querySelector('.search-form');
  if (!form || !window.fetch) { return; }
  var input = form.querySelector('input[name="q"]');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var notice = document.querySelector('.search-needs-script');
  if (notice) { notice.hidden = true; }
  var forms = JSON.parse(form.getAttribute('data-count-forms') || '{}');
  var rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang) : null;
  var index = null;

  var variants = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ی', 'ي': 'ی', 'ك': 'ک' };
  function normalize(text) {
    return text.toLowerCase().replace(/ß/g, 'ss').normalize('NFKD')
      .replace(/[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g, '')
      .replace(/[أإآٱةىيك]/g, function (c) { return variants[c]; })
      .normalize('NFC')
      .replace(/([aou])e/g, function (match, vowel, offset, text) { return offset > 0 && text[offset - 1] === 'q' ? match : vowel; });
  }
  function words(text) { return normalize(text).match(/[\p{L}\p{N}]+/gu) || []; }
  function matches(word, term) { return term.length >= 4 ? word.indexOf(term) >= 0 : word.indexOf(term) === 0; }

  function query(text) {
    var terms = words(text).filter(function (t, i, all) { return all.indexOf(t) === i; });
    if (!terms.length) { return []; }
    var scores = null;
    terms.forEach(function (term) {
      var found = {};
      Object.keys(index.w).forEach(function (word) {
        if (!matches(word, term)) { return; }
        var inTitle = index.t[word] || [];
        index.w[word].forEach(function (id) {
          var s = found[id] || { title: 0, hits: 0 };
          found[id] = { title: s.title + (inTitle.indexOf(id) >= 0 ? 1 : 0), hits: s.hits + 1 };
        });
      });
      if (scores === null) { scores = found; return; }
      var next = {};
      Object.keys(scores).forEach(function (id) {
        if (found[id]) { next[id] = { title: scores[id].title + found[id].title, hits: scores[id].hits + found[id].hits }; }
      });
      scores = next;
    });
    return Object.keys(scores).map(Number).sort(function (a, b) {
      var sa = scores[a], sb = scores[b];
      return ((sb.title > 0) - (sa.title > 0)) || (sb.hits - sa.hits) || (a - b);
    }).map(function (id) { return index.d[id]; });
  }

  function show(text) {
    results.textContent = '';
    if (!text.trim()) { status.textContent = ''; return; }
    var found = query(text);
    var form = forms[rules ? rules.select(found.length) : 'other'] || forms.other || '';
    status.textContent = found.length ? form.replace('{count}', String(found.length)) : formEl.getAttribute('data-no-results');
    found.slice(0, 50).forEach(function (doc) {
      var item = document.createElement('li');
      item.className = 'search-result';
      item.lang = doc[4];
      var heading = document.createElement('h3');
      var link = document.createElement('a');
      link.href = doc[0];
      link.textContent = doc[1];
      heading.appendChild(link);
      item.appendChild(heading);
      if (doc[2]) { var section = document.createElement('p'); section.className = 'search-section'; section.textContent = doc[2]; item.appendChild(section); }
      var excerpt = document.createElement('p');
      excerpt.textContent = doc[3];
      item.appendChild(excerpt);
      results.appendChild(item);
    });
  }
  var formEl = form;

  function load(then) {
    if (index) { then(); return; }
    fetch(form.getAttribute('data-index')).then(function (r) { return r.json(); }).then(function (data) { index = data; then(); });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value;
    history.replaceState(null, '', form.getAttribute('action') + (text ? '?q=' + encodeURIComponent(text) : ''));
    load(function () { show(text); });
  });
  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) { input.value = initial; load(function () { show(initial); }); }
}());
