// Offer directory, progressive enhancement: without JavaScript the filters are links to
// pre-generated pages. With it, they toggle and combine at once, a live region says how many
// offers match (plural forms from i18n, chosen by the browser's Intl.PluralRules) and the URL
// keeps the filters in its query string, so it can be shared.
(function () {
  'use strict';
  var nav = document.querySelector('.offer-filters');
  var list = document.querySelector('.offer-list');
  var status = document.getElementById('offer-count');
  if (!nav || !list || !status || !window.URLSearchParams || !window.history || !history.replaceState) {
    return;
  }

  var forms = JSON.parse(nav.getAttribute('data-count-forms') || '{}');
  var rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang) : null;
  var base = nav.getAttribute('data-base');
  var cards = Array.prototype.slice.call(list.querySelectorAll('.offer-card'));
  var links = Array.prototype.slice.call(nav.querySelectorAll('a[data-param]'));
  var active = {};

  function read() {
    new URLSearchParams(window.location.search).forEach(function (value, key) { active[key] = value; });
    var current = nav.querySelector('a[aria-current="page"][data-param]');
    if (current && Object.keys(active).length === 0) {
      active[current.getAttribute('data-param')] = current.getAttribute('data-value');
    }
  }

  function matches(card) {
    return Object.keys(active).every(function (param) {
      return (card.getAttribute('data-' + param) || '').split(' ').indexOf(active[param]) >= 0;
    });
  }

  function apply(updateUrl) {
    var count = 0;
    cards.forEach(function (card) {
      card.hidden = !matches(card);
      if (!card.hidden) { count++; }
    });
    links.forEach(function (link) {
      link.setAttribute('aria-pressed', active[link.getAttribute('data-param')] === link.getAttribute('data-value') ? 'true' : 'false');
    });
    var form = forms[rules ? rules.select(count) : 'other'] || forms.other || '';
    status.textContent = form.replace('{count}', String(count));
    if (updateUrl) {
      var query = new URLSearchParams();
      Object.keys(active).sort().forEach(function (key) { query.set(key, active[key]); });
      var text = query.toString();
      history.replaceState(null, '', base + (text ? '?' + text : ''));
    }
  }

  links.forEach(function (link) {
    link.setAttribute('role', 'button');
    link.removeAttribute('aria-current');
    link.addEventListener('click', function (event) {
      event.preventDefault();
      var param = link.getAttribute('data-param');
      var value = link.getAttribute('data-value');
      if (active[param] === value) { delete active[param]; } else { active[param] = value; }
      apply(true);
    });
    link.addEventListener('keydown', function (event) {
      if (event.key === ' ') { event.preventDefault(); link.click(); }
    });
  });

  read();
  apply(false);
}());
