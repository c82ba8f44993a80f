// The live editor: sends the article to POST /v1/check a moment after the
// last keystroke, and shows the report's findings as highlights behind the
// text and as a list beside it (verdict, rule, message, evidence), from which
// an editor marks a finding verified or copies its suppression comment.
// Everything from the article and the report is set as text, never as HTML.
'use strict';

(function () {
  const DEBOUNCE_MS = 250;
  const VERDICTS = {
    VERDICT_CONTRADICTED: {keyword: 'contradicted', words: 'contradicted', rank: 3},
    VERDICT_NEEDS_VERIFICATION: {keyword: 'needs-verification', words: 'needs verification', rank: 2},
    VERDICT_SUPPORTED: {keyword: 'supported', words: 'supported', rank: 1},
  };

  const textarea = document.getElementById('text');
  const backdrop = document.getElementById('backdrop');
  const asOf = document.getElementById('as-of');
  const format = document.getElementById('format');
  const statusLine = document.getElementById('status');
  const summary = document.getElementById('summary');
  const errors = document.getElementById('errors');
  const list = document.getElementById('findings');
  const filters = document.getElementById('filters');

  let timer = null;
  let inFlight = null;
  let sequence = 0;
  // The last report shown, with the text it is about.
  let shown = {text: null, findings: [], offsets: null};

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function setStatus(message, failed) {
    statusLine.textContent = message;
    statusLine.classList.toggle('failed', !!failed);
  }

  // Spans are UTF-8 byte offsets; the text area counts UTF-16 code units.
  function byteOffsets(text) {
    const bytes = new Array(text.length + 1);
    let count = 0;
    for (let i = 0; i < text.length; i++) {
      bytes[i] = count;
      const unit = text.charCodeAt(i);
      if (unit < 0x80) count += 1;
      else if (unit < 0x800) count += 2;
      else if (unit >= 0xd800 && unit <= 0xdbff) { count += 4; bytes[++i] = count; }
      else if (unit >= 0xdc00 && unit <= 0xdfff) count += 0;
      else count += 3;
    }
    bytes[text.length] = count;
    return bytes;
  }

  function indexOfByte(offsets, byte) {
    let low = 0, high = offsets.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (offsets[mid] < byte) low = mid + 1; else high = mid;
    }
    return low;
  }

  function requestBody() {
    const body = {text: textarea.value, format: format.value,
                  path: format.value === 'text' ? 'draft.txt' : 'draft.md'};
    if (asOf.value) body.as_of = asOf.value;
    return body;
  }

  async function post(path, body, signal) {
    const response = await fetch(path, {
      method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(body), signal: signal, credentials: 'same-origin'});
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
      const message = answer.error ? answer.error.message : response.statusText;
      throw new Error(message + ' (' + response.status + ')');
    }
    return answer;
  }

  async function check() {
    if (inFlight) inFlight.abort();
    const controller = new AbortController();
    inFlight = controller;
    const mine = ++sequence;
    const body = requestBody();
    const started = performance.now();
    setStatus('Checking…');
    try {
      const report = await post('/v1/check', body, controller.signal);
      if (mine !== sequence) return;
      // A report about text that has changed since would mark the wrong words.
      if (body.text !== textarea.value) return;
      render(body.text, report);
      const ms = Math.round(performance.now() - started);
      const count = shown.findings.length;
      setStatus(count + (count === 1 ? ' finding' : ' findings') + ' · checked in ' + ms + ' ms');
    } catch (error) {
      if (error.name === 'AbortError') return;
      setStatus('Not checked: ' + error.message, true);
    } finally {
      if (inFlight === controller) inFlight = null;
    }
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(check, DEBOUNCE_MS);
    try {
      localStorage.setItem('factcheck-draft', textarea.value);
    } catch (e) { /* Storage may be off; the draft is then not kept. */ }
  }

  function verdictOf(finding) {
    return VERDICTS[finding.verdict] || VERDICTS.VERDICT_NEEDS_VERIFICATION;
  }

  function isOn(keyword) {
    const box = filters.querySelector('input[value="' + keyword + '"]');
    return !box || box.checked;
  }

  // Cuts the text at every span edge; each piece is marked with the most
  // severe finding over it, as the HTML report does.
  function renderBackdrop(text, findings, offsets) {
    backdrop.textContent = '';
    const cuts = new Set([0, text.length]);
    const spans = findings.map((f) => {
      const begin = indexOfByte(offsets, (f.span && f.span.begin) || 0);
      const end = indexOfByte(offsets, (f.span && f.span.end) || 0);
      cuts.add(begin);
      cuts.add(end);
      return {begin: begin, end: end};
    });
    const sorted = Array.from(cuts).sort((a, b) => a - b);
    for (let c = 0; c + 1 < sorted.length; c++) {
      const b = sorted[c], e = sorted[c + 1];
      let best = -1;
      findings.forEach((f, i) => {
        if (spans[i].begin <= b && e <= spans[i].end && isOn(verdictOf(f).keyword) &&
            (best < 0 || verdictOf(f).rank > verdictOf(findings[best]).rank)) best = i;
      });
      const piece = text.slice(b, e);
      if (best < 0) {
        backdrop.appendChild(document.createTextNode(piece));
      } else {
        const mark = el('mark', verdictOf(findings[best]).keyword, piece);
        mark.dataset.verdict = verdictOf(findings[best]).keyword;
        mark.dataset.finding = String(best);
        backdrop.appendChild(mark);
      }
    }
    // A final line break would otherwise collapse and shift the scroll.
    backdrop.appendChild(document.createTextNode('\n'));
    syncScroll();
    return spans;
  }

  function renderSummary(report) {
    const s = report.summary || {};
    let line = (s.claims || 0) + ((s.claims || 0) === 1 ? ' claim' : ' claims') + ': ' +
        (s.contradicted || 0) + ' contradicted, ' + (s.needs_verification || 0) +
        ' need verification, ' + (s.supported || 0) + ' supported';
    if (s.verified) line += ', ' + s.verified + ' verified';
    if (s.suppressed) line += ', ' + s.suppressed + ' suppressed';
    if (s.errors) line += '; ' + s.errors + (s.errors === 1 ? ' error' : ' errors');
    summary.textContent = line;
    errors.textContent = '';
    const file = (report.files || [])[0] || {};
    (file.errors || []).forEach((error) => {
      const where = error.line ? 'line ' + error.line + ', column ' + error.column + ': ' : '';
      errors.appendChild(el('p', '', where + error.message));
    });
  }

  function render(text, report) {
    const file = (report.files || [])[0] || {};
    // Findings a factcheck-ignore comment suppressed are only counted.
    const findings = (file.findings || []).filter((f) => !f.suppressed);
    const offsets = byteOffsets(text);
    const spans = renderBackdrop(text, findings, offsets);
    shown = {text: text, findings: findings, spans: spans, offsets: offsets};
    renderSummary(report);
    list.textContent = '';
    findings.forEach((f, i) => list.appendChild(findingItem(f, i)));
    highlightAtCaret();
  }

  function findingItem(f, i) {
    const verdict = verdictOf(f);
    const item = el('li');
    item.id = 'finding-' + i;
    item.dataset.verdict = verdict.keyword;
    item.dataset.plugin = f.checker;
    item.classList.toggle('off', !isOn(verdict.keyword));
    item.appendChild(el('span', 'verdict ' + verdict.keyword, verdict.words));
    item.appendChild(document.createTextNode(' ' + f.checker + '/' + f.rule + ' · line ' + f.line));
    item.appendChild(el('span', 'message', f.message));
    if (f.verified && f.verified.by) {
      item.appendChild(el('span', 'verified',
          'verified by ' + f.verified.by + ' on ' + f.verified.date + ': ' + f.verified.note));
    }
    (f.evidence || []).forEach((e) => {
      item.appendChild(el('div', 'evidence', e.source + ': ' + e.detail));
    });
    const actions = el('div', 'actions');
    if (f.suggestion && f.suggestion.replacement) {
      // The checker's fix, applied to the text in place (and checked again).
      const apply = el('button', 'apply', 'Replace with “' + f.suggestion.replacement + '”');
      apply.type = 'button';
      apply.title = f.suggestion.description || '';
      apply.addEventListener('click', (event) => {
        event.stopPropagation();
        applySuggestion(f.suggestion);
      });
      actions.appendChild(apply);
    }
    const verify = el('button', 'verify', 'Mark verified…');
    verify.type = 'button';
    const suppress = el('button', 'suppress', 'Suppress…');
    suppress.type = 'button';
    actions.append(verify, suppress);
    item.appendChild(actions);
    verify.addEventListener('click', (event) => {
      event.stopPropagation();
      togglePanel(item, verifyPanel(f));
    });
    suppress.addEventListener('click', (event) => {
      event.stopPropagation();
      togglePanel(item, suppressPanel(f));
    });
    item.addEventListener('click', () => selectFinding(i));
    return item;
  }

  // Replaces the suggestion's bytes of the text that was checked, if the text
  // has not changed since.
  function applySuggestion(suggestion) {
    if (textarea.value !== shown.text) return;
    const begin = indexOfByte(shown.offsets, (suggestion.span && suggestion.span.begin) || 0);
    const end = indexOfByte(shown.offsets, (suggestion.span && suggestion.span.end) || 0);
    textarea.setRangeText(suggestion.replacement, begin, end, 'end');
    schedule();
  }

  function togglePanel(item, panel) {
    const open = item.querySelector('.panel');
    const same = open && open.dataset.kind === panel.dataset.kind;
    if (open) open.remove();
    if (!same) {
      item.appendChild(panel);
      const first = panel.querySelector('input');
      if (first) first.focus();
    }
  }

  function input(placeholder, value) {
    const box = el('input');
    box.type = 'text';
    box.placeholder = placeholder;
    box.value = value || '';
    return box;
  }

  function verifyPanel(f) {
    const panel = el('div', 'panel');
    panel.dataset.kind = 'verify';
    panel.addEventListener('click', (event) => event.stopPropagation());
    let remembered = '';
    try { remembered = localStorage.getItem('factcheck-name') || ''; } catch (e) { /* none */ }
    const by = input('Your name', remembered);
    by.className = 'by';
    const note = input('How you checked it (e.g. rang the ministry)');
    note.className = 'note';
    const record = el('button', 'record', 'Record in the ledger');
    record.type = 'button';
    panel.append(by, note, record);
    record.addEventListener('click', async () => {
      if (!by.value.trim() || !note.value.trim()) {
        setStatus('Say who checked it and how.', true);
        return;
      }
      try { localStorage.setItem('factcheck-name', by.value.trim()); } catch (e) { /* none */ }
      const body = {text: requestBody(), checker: f.checker, rule: f.rule, span: f.span,
                    by: by.value.trim(), note: note.value.trim()};
      try {
        const answer = await post('/v1/verify', body);
        if (body.text.text === textarea.value) render(body.text.text, answer.report);
        setStatus('Recorded in ' + answer.ledger);
      } catch (error) {
        setStatus('Not recorded: ' + error.message, true);
      }
    });
    return panel;
  }

  function suppressPanel(f) {
    const panel = el('div', 'panel');
    panel.dataset.kind = 'suppress';
    panel.addEventListener('click', (event) => event.stopPropagation());
    const reason = input('Why this finding does not apply');
    reason.className = 'reason';
    const comment = input('');
    comment.className = 'comment';
    comment.readOnly = true;
    const copy = el('button', 'copy', 'Copy comment');
    copy.type = 'button';
    const update = () => {
      const why = reason.value.trim().replace(/--/g, '—') || 'REASON';
      comment.value = '<!-- factcheck-ignore ' + f.checker + '/' + f.rule + ': ' + why + ' -->';
    };
    update();
    reason.addEventListener('input', update);
    copy.addEventListener('click', async () => {
      if (!reason.value.trim()) {
        setStatus('A suppression needs a reason.', true);
        reason.focus();
        return;
      }
      try {
        await navigator.clipboard.writeText(comment.value);
      } catch (e) {
        comment.select();
        document.execCommand('copy');
      }
      setStatus('Copied; paste it on the line before the sentence.');
    });
    panel.append(reason, comment, copy);
    return panel;
  }

  function selectFinding(i) {
    const span = shown.spans && shown.spans[i];
    if (!span || shown.text !== textarea.value) return;
    textarea.focus();
    textarea.setSelectionRange(span.begin, span.end);
    highlightAtCaret();
  }

  // The findings under the caret are outlined in the list.
  function highlightAtCaret() {
    const caret = textarea.selectionStart;
    let first = null;
    (shown.spans || []).forEach((span, i) => {
      const item = document.getElementById('finding-' + i);
      if (!item) return;
      const active = shown.text === textarea.value && span.begin <= caret && caret <= span.end;
      item.classList.toggle('active', active);
      if (active && !first) first = item;
    });
    if (first && first.scrollIntoView) first.scrollIntoView({block: 'nearest'});
  }

  function syncScroll() {
    backdrop.scrollTop = textarea.scrollTop;
    backdrop.scrollLeft = textarea.scrollLeft;
  }

  function applyFilters() {
    if (shown.text !== null && shown.text === textarea.value) {
      renderBackdrop(shown.text, shown.findings, shown.offsets);
    }
    list.querySelectorAll('li').forEach((item) => {
      item.classList.toggle('off', !isOn(item.dataset.verdict));
    });
  }

  textarea.addEventListener('input', () => {
    // Until the new report comes, the old marks would sit on moved words.
    if (shown.text !== textarea.value) backdrop.textContent = textarea.value + '\n';
    schedule();
  });
  textarea.addEventListener('scroll', syncScroll);
  ['click', 'keyup', 'select'].forEach((name) => textarea.addEventListener(name, highlightAtCaret));
  asOf.addEventListener('change', check);
  format.addEventListener('change', check);
  filters.addEventListener('change', applyFilters);
  window.addEventListener('resize', syncScroll);

  try {
    const draft = localStorage.getItem('factcheck-draft');
    if (draft) {
      textarea.value = draft;
      backdrop.textContent = draft + '\n';
      schedule();
    }
  } catch (e) { /* Storage may be off. */ }
})();
