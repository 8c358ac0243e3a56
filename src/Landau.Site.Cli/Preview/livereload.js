// Landau preview: reloads the page after each rebuild and shows a rebuild's problems over the
// last good page. Only the preview server (landau-site serve) adds this file; published pages never have it.
(() => {
  'use strict';
  const own = '/_landau/';
  // The overlay's words in the language of the messages (landau-site serve --messages), filled in by the server.
  const texts = /*TEXTS*/{};

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
    box.lang = texts.lang;
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

  // Text with `literal` parts (file names, fields) as <code>, as the guide writes them.
  function words(element, text) {
    text.split('`').forEach((part, i) => {
      if (i % 2 === 1) {
        const code = document.createElement('code');
        code.textContent = part;
        element.appendChild(code);
      } else if (part) {
        element.appendChild(document.createTextNode(part));
      }
    });
    return element;
  }

  // One problem: the code's title with code and place, its hint, then the message itself.
  function entry(p) {
    const item = document.createElement('li');
    item.className = p.severity;
    const main = document.createElement('p');
    main.className = 'landau-main';
    const title = document.createElement('strong');
    const kind = (p.severity === 'error' ? texts.error : texts.warning) + ' ' + p.code;
    words(title, p.title ? kind + ': ' + p.title : kind);
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
      words(hint, p.hint);
      item.appendChild(hint);
    }
    const original = document.createElement('p');
    original.className = 'landau-original';
    const message = document.createElement('span');
    message.textContent = p.message;
    original.append(texts.message + ' ', message);
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
