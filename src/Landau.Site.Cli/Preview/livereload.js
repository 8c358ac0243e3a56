// Landau preview: reloads the page after each rebuild and shows a rebuild's problems over the
// last good page. Only the preview server (landau-site serve) adds this file; published pages never have it.
(() => {
  'use strict';
  const own = '/_landau/';
  const texts = {
    title: 'Die letzte Änderung enthält Fehler',
    explain: 'Zu sehen ist die letzte fehlerfreie Fassung. Sobald Sie den Fehler behoben und die Datei gespeichert haben, lädt die Seite neu.',
    file: 'Datei',
    line: 'Zeile',
    column: 'Spalte',
    error: 'Fehler',
    warning: 'Warnung',
    original: 'Meldung des Programms (englisch):',
    close: 'Hinweis schließen',
    lost: 'Die Verbindung zur Vorschau ist unterbrochen. Läuft „landau-site serve“ noch?',
  };

  function link() {
    if (!document.querySelector('link[data-landau-preview]')) {
      const style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = own + 'livereload.css';
      style.dataset.landauPreview = '';
      document.head.appendChild(style);
    }
  }

  function clear() {
    const old = document.getElementById('landau-preview-overlay');
    if (old) old.remove();
  }

  function show(problems) {
    clear();
    const errors = problems.filter(p => p.severity === 'error');
    if (errors.length === 0) return;
    link();
    const box = document.createElement('section');
    box.id = 'landau-preview-overlay';
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-labelledby', 'landau-preview-title');
    box.lang = 'de';
    box.dir = 'ltr';
    const heading = document.createElement('h2');
    heading.id = 'landau-preview-title';
    heading.textContent = texts.title + ' (' + errors.length + ')';
    const explain = document.createElement('p');
    explain.textContent = texts.explain;
    const list = document.createElement('ol');
    for (const p of problems) list.appendChild(entry(p));

    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = texts.close;
    close.addEventListener('click', clear);
    box.append(heading, explain, list, close);
    document.body.appendChild(box);
    close.focus();
  }

  // One problem: the German title with code and place, the German hint, then the English message.
  function entry(p) {
    const item = document.createElement('li');
    item.className = p.severity;
    const main = document.createElement('p');
    main.className = 'landau-main';
    const title = document.createElement('strong');
    const kind = (p.severity === 'error' ? texts.error : texts.warning) + ' ' + p.code;
    title.textContent = p.title ? kind + ': ' + p.title : kind;
    main.appendChild(title);
    const place = p.file ? texts.file + ' ' + p.file + (p.line > 0 ? ', ' + texts.line + ' ' + p.line + ', ' + texts.column + ' ' + p.column : '') : '';
    if (place) {
      const where = document.createElement('span');
      where.className = 'landau-place';
      where.textContent = place;
      main.append(' – ', where);
    }
    item.appendChild(main);
    if (p.hint) {
      const hint = document.createElement('p');
      hint.className = 'landau-hint';
      hint.textContent = p.hint;
      item.appendChild(hint);
    }
    const original = document.createElement('p');
    original.className = 'landau-original';
    const message = document.createElement('span');
    message.lang = 'en';
    message.textContent = p.message;
    original.append(texts.original + ' ', message);
    item.appendChild(original);
    return item;
  }

  function problems() {
    fetch(own + 'problems.json', { cache: 'no-store' }).then(r => r.json()).then(show).catch(() => {});
  }

  const events = new EventSource(own + 'events');
  let version = null;
  events.addEventListener('hello', e => {
    // After the server restarted or the page missed a rebuild: catch up.
    if (version !== null && version !== e.data) location.reload();
    version = e.data;
  });
  events.addEventListener('reload', () => location.reload());
  events.addEventListener('problems', e => show(JSON.parse(e.data)));
  events.addEventListener('error', () => {
    if (events.readyState === EventSource.CLOSED) console.warn(texts.lost);
  });
  problems();
})();
