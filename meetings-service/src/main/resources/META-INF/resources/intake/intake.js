// Article intake review page: plain JavaScript, no build step, nothing inline (the page's CSP forbids it).
// POST /intake/articles reads a pasted article into a draft and a proposal (an accept body pre-filled from it);
// the page shows the article with every item the draft found marked, lets the reviewer correct the proposal, and
// POSTs it to /intake/articles/{id}/accept. Spans are UTF-16 offsets, the same indices as JavaScript strings.
(function () {
  'use strict';

  const TOKEN_KEY = 'liaison.intake.token';
  const MAX_TEXT = 100000;
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

  // The closed lists of the services (event-contracts OrganizationKind; meetings-service MeetingKind,
  // MeetingStatus, ParticipantRole), with Arabic labels. A value the server proposes that is missing here is
  // still shown and sent as it came.
  const ORGANIZATION_KINDS = [
    ['council', 'مجلس'], ['negotiation_body', 'هيئة تفاوض'], ['coalition', 'ائتلاف'],
    ['political_party', 'حزب سياسي'], ['civil_society_organization', 'منظمة مجتمع مدني'], ['office', 'مكتب'],
    ['department', 'دائرة'], ['representation', 'ممثلية'], ['platform', 'منصة'], ['initiative', 'مبادرة'],
    ['administration', 'إدارة'],
  ];
  const MEETING_KINDS = [
    ['annual_meeting', 'اجتماع سنوي'], ['expanded_meeting', 'اجتماع موسّع'], ['conference', 'مؤتمر'],
    ['internal_meeting', 'اجتماع داخلي'], ['meeting_with_envoys', 'لقاء مع مبعوثين'], ['bilateral', 'لقاء ثنائي'],
    ['briefing', 'إحاطة'],
  ];
  const MEETING_STATUSES = [['planned', 'مخطط له'], ['held', 'عُقد'], ['postponed', 'مؤجل'], ['cancelled', 'ملغى']];
  const PARTICIPANT_ROLES = [
    ['organizer', 'منظِّم'], ['co_host', 'مضيف مشارك'], ['chair', 'رئاسة'], ['speaker', 'متحدث'],
    ['participant', 'مشارك'], ['observer', 'مراقب'], ['envoy', 'مبعوث'], ['delegation_head', 'رئيس وفد'],
  ];
  // The kinds of marked item, in the order the legend shows them.
  const MARK_KINDS = [
    ['organization', 'جهة', 'organisation'], ['person', 'شخص', 'person'], ['date', 'تاريخ', 'date'],
    ['place', 'مكان', 'place'], ['group', 'مشاركون', 'group'], ['instrument', 'وثيقة دولية', 'instrument'],
    ['recommendation', 'توصية', 'recommendation'], ['statement', 'تصريح', 'statement'],
  ];
  const OUTCOMES = { created: 'أُنشئ', existing: 'موجود سابقاً' };

  const $ = (id) => document.getElementById(id);
  const state = { intake: null, proposal: null, includeMeeting: false, includeRecommendations: false };

  function token() { return sessionStorage.getItem(TOKEN_KEY) || ''; }

  function setStatus(kind, text) {
    $('status').dataset.state = kind;
    $('status').textContent = text;
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([name, value]) => {
      if (value == null || value === false) return;
      if (name === 'text') node.textContent = value;
      else if (name === 'dataset') Object.assign(node.dataset, value);
      else node.setAttribute(name, value === true ? '' : value);
    });
    children.flat().forEach((child) => {
      if (child != null) node.append(child);
    });
    return node;
  }

  // ---- talking to the service ----

  // The answer's JSON, or a problem: {status, detail, errors: [{field, message}]} for anything but 2xx.
  async function call(method, path, body) {
    const headers = { Accept: 'application/json, application/problem+json' };
    if (token()) headers.Authorization = 'Bearer ' + token();
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let answer;
    try {
      answer = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (e) {
      return { problem: { status: 0, detail: 'تعذّر الوصول إلى الخدمة (service unreachable)', errors: [] } };
    }
    let json = null;
    try {
      json = await answer.json();
    } catch (e) {
      json = null; // a bare 413 or a proxy's page: the status says enough
    }
    if (answer.ok) return { json };
    const problem = json && typeof json === 'object' ? json : {};
    return {
      problem: {
        status: answer.status,
        title: problem.title || answer.statusText,
        detail: problem.detail || problem.title || describeStatus(answer.status),
        errors: Array.isArray(problem.errors) ? problem.errors : [],
      },
    };
  }

  function describeStatus(status) {
    if (status === 401) return 'الرمز مرفوض أو منتهي الصلاحية (token refused or expired)';
    if (status === 403) return 'هذا الدور لا يملك صلاحية القراءة أو الاعتماد (editor or admin only)';
    if (status === 404) return 'لم يُعثر على المقال (not found)';
    if (status === 413) return 'النص أطول من المسموح (too large)';
    return 'أجابت الخدمة ' + status;
  }

  // ---- problems next to the fields at fault ----

  function clearProblems(box) {
    box.hidden = true;
    delete box.dataset.status;
    box.textContent = '';
    document.querySelectorAll('.field-error').forEach((n) => n.remove());
    document.querySelectorAll('[aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
    document.querySelectorAll('.at-fault').forEach((n) => n.classList.remove('at-fault'));
  }

  // The control named by a problem's field path, else the item or section that holds it (organizations[1].kind,
  // then organizations[1], then organizations).
  function targetOf(field) {
    let path = field;
    while (path) {
      const target = document.querySelector('[data-field="' + CSS.escape(path) + '"]');
      if (target) return target;
      const shorter = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
      if (shorter === path) break;
      path = shorter;
    }
    return null;
  }

  function showProblem(box, problem) {
    box.textContent = '';
    box.dataset.status = String(problem.status);
    box.append(el('p', { class: 'detail', dir: 'auto', text: problem.detail }));
    const unplaced = [];
    problem.errors.forEach((error, i) => {
      const target = error.field ? targetOf(error.field) : null;
      const message = el('p', {
        class: 'field-error', id: box.id + '-field-' + i, dir: 'auto', dataset: { errorFor: error.field || '' },
      }, el('code', { dir: 'ltr', text: error.field || '' }), ' ', error.message || '');
      if (!target) {
        unplaced.push(message);
        return;
      }
      if (/^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) {
        target.setAttribute('aria-invalid', 'true');
        target.setAttribute('aria-describedby',
          ((target.getAttribute('aria-describedby') || '') + ' ' + message.id).trim());
        target.insertAdjacentElement('afterend', message);
      } else {
        target.classList.add('at-fault');
        target.append(message);
      }
    });
    unplaced.forEach((message) => box.append(message));
    box.hidden = false;
    const first = document.querySelector('[aria-invalid="true"]') || box;
    if (first !== box) first.focus();
  }

  // ---- reading an article ----

  function updateCount() {
    const n = $('text').value.length;
    $('text-count').textContent = n + ' / ' + MAX_TEXT;
    $('text-count').classList.toggle('over', n > MAX_TEXT);
  }

  async function read(event) {
    event.preventDefault();
    clearProblems($('read-problem'));
    const body = { text: $('text').value, language: 'ar' };
    [['url', 'url'], ['publisher', 'publisher'], ['publishedOn', 'published-on'], ['title', 'headline']]
      .forEach(([name, id]) => {
        const value = $(id).value.trim();
        if (value) body[name] = value;
      });
    $('read').disabled = true;
    setStatus('busy', 'جارٍ القراءة…');
    try {
      const { json, problem } = await call('POST', '/intake/articles', body);
      if (problem) {
        setStatus('refused', 'لم يُقرأ المقال');
        showProblem($('read-problem'), problem);
        return;
      }
      history.replaceState(null, '', '#' + json.id);
      show(json);
      refreshRecent();
    } finally {
      $('read').disabled = false;
    }
  }

  async function load(id) {
    clearProblems($('read-problem'));
    setStatus('busy', 'جارٍ التحميل…');
    const { json, problem } = await call('GET', '/intake/articles/' + encodeURIComponent(id));
    if (problem) {
      setStatus('refused', 'لم يُحمَّل المقال');
      showProblem($('read-problem'), problem);
      return;
    }
    show(json);
  }

  // ---- the office's articles (GET /intake/articles): drafts to pick up again, accepted ones ----

  async function refreshRecent() {
    if (!token()) return;
    const { json } = await call('GET', '/intake/articles?limit=20');
    const list = $('recent');
    list.textContent = '';
    ((json && json.items) || []).forEach((x) => {
      list.append(el('li', { dataset: { id: x.id, status: x.status } },
        el('a', { href: '#' + x.id, dir: 'auto', text: x.headline || x.publisher || x.id }),
        el('small', { text: ' — ' + (x.status === 'accepted' ? 'معتمد' : 'مسودة') + ' '
          + new Date(x.createdAt).toLocaleString() })));
    });
    $('recent-panel').hidden = list.children.length === 0;
  }

  // ---- the review ----

  function show(intake) {
    state.intake = intake;
    state.proposal = JSON.parse(JSON.stringify(intake.proposal || {}));
    const p = state.proposal;
    p.organizations = p.organizations || [];
    p.people = p.people || [];
    p.statements = p.statements || [];
    p.followUps = p.followUps || [];
    state.includeMeeting = p.meeting != null;
    state.includeRecommendations = p.recommendations != null;
    [p.meeting].concat(p.followUps).forEach((m) => {
      if (!m) return;
      m.participants = m.participants || [];
      m.unnamedParticipants = m.unnamedParticipants || [];
      m.instruments = m.instruments || [];
      m.place = m.place || { cityAr: null, country: null, venueAr: null };
    });
    if (p.recommendations) p.recommendations.items = p.recommendations.items || [];
    // Where each proposed group, statement and recommendation came from in the draft, to mark it in the text.
    (p.meeting ? p.meeting.unnamedParticipants : []).forEach((g, i) => { g._item = 'group-' + i; });
    p.statements.forEach((s, i) => { s._item = 'statement-' + i; });
    (p.recommendations ? p.recommendations.items : []).forEach((r, i) => { r._item = 'recommendation-' + i; });

    $('review').hidden = false;
    $('intake-id').textContent = intake.id;
    $('text').value = intake.article && intake.article.text != null ? intake.article.text : $('text').value;
    updateCount();
    renderWarnings(intake.draft);
    renderArticle(intake.article ? intake.article.text || '' : '', intake.draft || {});
    renderItems();
    clearProblems($('accept-problem'));
    $('result').hidden = true;
    if (intake.accepted) showResult(intake.accepted);
    $('review').scrollIntoView({ block: 'start' });
    setStatus(intake.status === 'accepted' ? 'accepted' : 'draft',
      intake.status === 'accepted' ? 'معتمد' : 'مسودة للمراجعة');
  }

  function renderWarnings(draft) {
    const list = $('warnings');
    list.textContent = '';
    const warnings = (draft && draft.warnings) || [];
    // Stable English messages from the reader, with Arabic quoted in them.
    warnings.forEach((w) => list.append(el('li', { dir: 'ltr', lang: 'en', text: w })));
    if (isEmptyDraft(draft)) list.append(el('li', { class: 'empty', text: 'لم يُعثر على شيء للتسجيل في هذا النص.' }));
    list.hidden = list.children.length === 0;
  }

  function isEmptyDraft(draft) {
    if (!draft) return true;
    return !draft.meeting && ['organizations', 'people', 'groups', 'instruments', 'recommendations', 'statements']
      .every((k) => !(draft[k] || []).length);
  }

  // Every span of the draft as {start, end, kind, item}: item names the entry in the list beside the text.
  function spansOf(draft) {
    const spans = [];
    const add = (span, kind, item) => {
      if (span && span.end > span.start) spans.push({ start: span.start, end: span.end, kind, item });
    };
    (draft.organizations || []).forEach((o, i) => (o.spans || []).forEach((s) => add(s, 'organization',
      'organization-' + i)));
    (draft.people || []).forEach((p, i) => (p.spans || []).forEach((s) => add(s, 'person', 'person-' + i)));
    if (draft.meeting) {
      if (draft.meeting.date) add(draft.meeting.date.span, 'date', 'meeting-date');
      if (draft.meeting.place) add(draft.meeting.place.span, 'place', 'meeting-place');
    }
    (draft.groups || []).forEach((g, i) => add(g.span, 'group', 'group-' + i));
    (draft.instruments || []).forEach((x, i) => add(x.span, 'instrument', 'instrument-' + i));
    (draft.recommendations || []).forEach((r, i) => add(r.span, 'recommendation', 'recommendation-' + i));
    (draft.statements || []).forEach((s, i) => add(s.span, 'statement', 'statement-' + i));
    return spans;
  }

  const byPosition = (a, b) => a.start - b.start || b.end - a.end;

  // Marks nest: a span inside another becomes a mark inside its mark; one that crosses another's end is cut there
  // and goes on in a second mark after it (data-part="continued").
  function markUp(parent, text, from, to, spans) {
    let pos = from;
    let rest = spans.slice().sort(byPosition);
    while (rest.length) {
      const s = rest.shift();
      if (s.start < pos) continue; // cannot happen once crossings are cut; never render a span twice
      if (s.start > pos) parent.append(text.slice(pos, s.start));
      const inner = [];
      const after = [];
      rest.forEach((t) => {
        if (t.start >= s.end) after.push(t);
        else if (t.end <= s.end) inner.push(t);
        else {
          inner.push({ ...t, end: s.end });
          after.push({ ...t, start: s.end, continued: true });
        }
      });
      const mark = el('mark', {
        class: 'k-' + s.kind, title: kindLabel(s.kind),
        dataset: { kind: s.kind, item: s.item, start: String(s.start), end: String(s.end) },
      });
      if (s.continued) mark.dataset.part = 'continued';
      markUp(mark, text, s.start, s.end, inner);
      parent.append(mark);
      pos = s.end;
      rest = after.sort(byPosition);
    }
    if (pos < to) parent.append(text.slice(pos, to));
  }

  function kindLabel(kind) {
    const k = MARK_KINDS.find(([code]) => code === kind);
    return k ? k[1] + ' (' + k[2] + ')' : kind;
  }

  function renderArticle(text, draft) {
    const article = $('article');
    article.textContent = '';
    const spans = spansOf(draft).filter((s) => s.end <= text.length);
    markUp(article, text, 0, text.length, spans);
    const legend = $('legend');
    legend.textContent = '';
    MARK_KINDS.forEach(([code, ar, en]) => legend.append(el('span', { class: 'k-' + code, title: en, text: ar })));
  }

  function lightUp(item, on) {
    document.querySelectorAll('mark[data-item="' + CSS.escape(item) + '"]').forEach((m) => {
      m.classList.toggle('lit', on);
    });
  }

  // Scrolls the text (only the text: the list stays where the reviewer is) to show a mark.
  function showMark(mark) {
    if (!mark) return;
    const article = $('article');
    const top = mark.offsetTop;
    if (top < article.scrollTop || top + mark.offsetHeight > article.scrollTop + article.clientHeight) {
      article.scrollTop = Math.max(0, top - article.clientHeight / 3);
    }
  }

  // An entry of the list: hovering or focusing it (or a control in it) lights its marks in the text.
  function itemBox(tag, item, field, ...children) {
    const box = el(tag, { class: 'item' }, ...children);
    if (item) box.dataset.item = item;
    if (field) box.dataset.field = field;
    if (item) {
      box.addEventListener('mouseenter', () => lightUp(item, true));
      box.addEventListener('mouseleave', () => lightUp(item, false));
      box.addEventListener('focusin', () => {
        lightUp(item, true);
        showMark(document.querySelector('mark[data-item="' + CSS.escape(item) + '"]'));
      });
      box.addEventListener('focusout', (e) => {
        if (!box.contains(e.relatedTarget)) lightUp(item, false);
      });
    }
    return box;
  }

  function labelled(id, label, control, hint) {
    control.id = id;
    const english = hint ? el('small', { lang: 'en', text: ' ' + hint }) : null;
    return el('div', { class: 'field' }, el('label', { for: id }, label, english),
      control);
  }

  function input(value, field, onInput, attrs) {
    const node = el('input', Object.assign({ dir: 'auto', dataset: { field } }, attrs || {}));
    node.value = value == null ? '' : value;
    node.addEventListener('input', () => onInput(node.value));
    return node;
  }

  // An ISO 3166-1 alpha-2 code, shown as it is sent (upper case).
  function countryInput(value, field, onInput) {
    const node = input(value, field, () => {
      const code = node.value.trim().toUpperCase();
      if (node.value !== code) node.value = code;
      onInput(code || null);
    }, { dir: 'ltr', maxlength: '2', size: '3', autocomplete: 'off' });
    return node;
  }

  function textarea(value, field, onInput) {
    const node = el('textarea', { dir: 'rtl', lang: 'ar', rows: '3', dataset: { field } });
    node.value = value == null ? '' : value;
    node.addEventListener('input', () => onInput(node.value));
    return node;
  }

  // options: [[value, label], ...]; a current value not among them is kept as an option of its own.
  function select(options, value, field, onChange) {
    const node = el('select', { dataset: { field } });
    const all = options.slice();
    if (value != null && value !== '' && !all.some(([v]) => v === value)) all.push([value, value]);
    all.forEach(([v, label]) => {
      const option = el('option', { value: v, text: label });
      if (v === (value == null ? '' : value)) option.selected = true;
      node.append(option);
    });
    node.addEventListener('change', () => onChange(node.value));
    return node;
  }

  function checkbox(id, label, hint, checked, field, onChange) {
    const box = el('input', { type: 'checkbox', id, dataset: { field } });
    box.checked = checked;
    box.addEventListener('change', () => onChange(box.checked));
    return el('div', { class: 'field inline' }, box,
      el('label', { for: id }, label, el('small', { lang: 'en', text: ' ' + hint })));
  }

  function removeButton(label, onClick) {
    const button = el('button', { type: 'button', class: 'remove', 'aria-label': 'حذف: ' + label, text: 'حذف' });
    button.addEventListener('click', onClick);
    return button;
  }

  // Re-renders the list and puts the focus back where it was (or on the next control when that one is gone).
  function rerender(focusId) {
    const active = focusId || (document.activeElement && document.activeElement.id);
    renderItems();
    if (active && $(active)) $(active).focus();
  }

  function draftOrganization(entry) {
    const d = state.intake.draft || {};
    return entry.item != null ? (d.organizations || [])[entry.item] : null;
  }

  function draftPerson(entry) {
    const d = state.intake.draft || {};
    return entry.item != null ? (d.people || [])[entry.item] : null;
  }

  function pct(confidence) { return Math.round((confidence || 0) * 100) + '%'; }

  // What a key (o0, p1) or a registered id stands for, for the selects that refer to organisations and people.
  function nameOf(ref) {
    const entry = state.proposal.organizations.concat(state.proposal.people).find((e) => e.key === ref);
    if (!entry) return ref;
    const draft = state.proposal.organizations.includes(entry) ? draftOrganization(entry) : draftPerson(entry);
    if (entry.decision === 'existing') {
      const match = draft && (draft.matches || []).find((m) => m.id === entry.id);
      return match ? match.name : (entry.nameAr || entry.id || entry.key);
    }
    return entry.nameAr || (draft && draft.asWritten) || entry.key;
  }

  function isIgnored(ref) {
    const entry = state.proposal.organizations.concat(state.proposal.people).find((e) => e.key === ref);
    return entry != null && entry.decision === 'ignore';
  }

  function referenceOptions(entries, noneLabel) {
    return [['', noneLabel]].concat(entries.filter((e) => e.decision !== 'ignore').map((e) => [e.key, nameOf(e.key)]));
  }

  // orgs-service's ParentRelation: how a new organisation stands to its parent.
  const PARENT_RELATIONS = [
    ['office_of', 'مكتب تابع لـ'], ['department_of', 'دائرة في'], ['representation_of', 'ممثلية لـ'],
    ['set_up_under', 'مؤسَّسة في إطار'], ['unit_of', 'وحدة من'],
  ];

  // A key no organisation or person has yet: o<n> or p<n>.
  function freshKey(prefix) {
    const used = new Set(state.proposal.organizations.concat(state.proposal.people).map((e) => e.key));
    let n = 0;
    while (used.has(prefix + n)) n += 1;
    return prefix + n;
  }

  // An entry the reviewer removes leaves no reference behind (a participant then naming nobody is not sent).
  function dropReferences(key) {
    const p = state.proposal;
    const clear = (holder, name) => { if (holder && holder[name] === key) holder[name] = null; };
    p.organizations.forEach((o) => clear(o, 'parent'));
    p.people.forEach((person) => { person.roles = (person.roles || []).filter((r) => r.organization !== key); });
    [p.meeting].concat(p.followUps).forEach((m) => {
      if (!m) return;
      clear(m, 'organizer');
      m.participants.forEach((x) => { clear(x, 'organization'); clear(x, 'person'); });
    });
    p.statements.forEach((s) => { clear(s, 'speaker'); clear(s, 'organization'); });
    clear(p.recommendations, 'issuer');
  }

  // A name typed for an entry shows at once in the selects that refer to it (without redrawing the list).
  function renameInSelects(key) {
    document.querySelectorAll('#items-body option[value="' + CSS.escape(key) + '"]').forEach((option) => {
      option.textContent = nameOf(key);
    });
  }

  function decisionValue(entry) {
    if (entry.decision === 'existing') return 'existing:' + (entry.id || '');
    return entry.decision;
  }

  function isMatch(entry, draft) {
    return ((draft && draft.matches) || []).some((m) => m.id === entry.id);
  }

  function setDecision(entry, value, draft) {
    if (value.startsWith('existing:')) {
      entry.decision = 'existing';
      entry.id = value.slice('existing:'.length) || null;
    } else {
      // A new record is named as the article writes it, not as the match it is not.
      const matchedName = draft && (draft.matches || []).some((m) => m.name === entry.nameAr);
      if (value === 'new' && (!entry.nameAr || matchedName)) {
        entry.nameAr = draft ? draft.asWritten : '';
      }
      entry.decision = value;
      if (value === 'new' && state.proposal.organizations.includes(entry) && !entry.kind && draft) {
        entry.kind = draft.proposedKind;
      }
    }
  }

  // The draft's matches, another registered record (its id pasted), a new record, or nothing.
  function decisionSelect(entry, draft, field, isOrganization) {
    const options = ((draft && draft.matches) || [])
      .map((m) => ['existing:' + m.id, m.name + ' — ' + pct(m.confidence)]);
    const other = entry.decision === 'existing' && !isMatch(entry, draft) ? entry.id || '' : '';
    options.push(['existing:' + other, isOrganization ? 'جهة مسجَّلة أخرى (registered id)'
      : 'شخص مسجَّل آخر (registered id)']);
    options.push(['new', isOrganization ? 'جهة جديدة (new)' : 'شخص جديد (new)']);
    options.push(['ignore', 'تجاهل (ignore)']);
    return select(options, decisionValue(entry), field, (v) => {
      setDecision(entry, v, draft);
      rerender();
    });
  }

  // The id of a registered record the draft did not match, pasted by the reviewer.
  function registeredId(entry, id, field) {
    const node = input(entry.id, field + '.id', (v) => {
      entry.id = v.trim() || null;
      renameInSelects(entry.key);
    }, { dir: 'ltr', placeholder: '00000000-0000-0000-0000-000000000000', spellcheck: 'false' });
    return labelled(id, 'المعرّف المسجَّل', node, 'registered id');
  }

  function nameInput(entry, id, field) {
    return labelled(id, 'الاسم بالعربية', input(entry.nameAr, field + '.nameAr', (v) => {
      entry.nameAr = v;
      renameInSelects(entry.key);
    }, { lang: 'ar' }), 'Arabic name');
  }

  // An entry the reviewer added (no drafted item) goes with a button rather than "ignore".
  function removeAdded(entry, entries, label) {
    return removeButton(label, () => {
      entries.splice(entries.indexOf(entry), 1);
      dropReferences(entry.key);
      rerender();
    });
  }

  function addButton(id, label, hint, onClick) {
    const button = el('button', { type: 'button', id, class: 'secondary add' }, label,
      el('small', { lang: 'en', text: ' ' + hint }));
    button.addEventListener('click', onClick);
    return button;
  }

  function renderOrganization(entry, i) {
    const p = state.proposal;
    const draft = draftOrganization(entry);
    const item = entry.item != null ? 'organization-' + entry.item : null;
    const field = 'organizations[' + i + ']';
    const title = draft ? draft.asWritten : 'جهة مضافة';
    const box = itemBox('li', item, field,
      el('h5', { dir: 'auto' }, el('span', { class: 'swatch k-organization', 'aria-hidden': 'true' }), title,
        draft ? el('small', { text: ' ×' + (draft.spans || []).length })
          : el('small', { dir: 'ltr', text: ' ' + entry.key })));
    box.dataset.decision = entry.decision;
    box.dataset.key = entry.key;
    box.append(labelled('org-' + i + '-decision', 'القرار', decisionSelect(entry, draft, field, true), 'decision'));
    if (entry.decision === 'existing' && !isMatch(entry, draft)) {
      box.append(registeredId(entry, 'org-' + i + '-id', field));
    }
    if (entry.decision === 'new') {
      box.append(nameInput(entry, 'org-' + i + '-name', field));
      box.append(labelled('org-' + i + '-kind', 'النوع', select([['', '—']].concat(ORGANIZATION_KINDS), entry.kind,
        field + '.kind', (v) => { entry.kind = v || null; }), 'kind'));
      box.append(labelled('org-' + i + '-country', 'البلد', countryInput(entry.country, field + '.country',
        (v) => { entry.country = v; }),
      'ISO country'));
      const others = p.organizations.filter((o) => o !== entry);
      box.append(labelled('org-' + i + '-parent', 'تتبع لـ', select(referenceOptions(others, '— لا أحد —'),
        isIgnored(entry.parent) ? '' : entry.parent, field + '.parent', (v) => { entry.parent = v || null; }),
      'parent'));
      box.append(labelled('org-' + i + '-parent-relation', 'صلتها بها', select([['', '—']].concat(PARENT_RELATIONS),
        entry.parentRelation, field + '.parentRelation', (v) => { entry.parentRelation = v || null; }),
      'parent relation'));
    }
    if (entry.item == null) box.append(removeAdded(entry, p.organizations, 'جهة مضافة ' + entry.key));
    return box;
  }

  function renderPerson(entry, i) {
    const draft = draftPerson(entry);
    const item = entry.item != null ? 'person-' + entry.item : null;
    const field = 'people[' + i + ']';
    const title = draft ? (draft.honorific ? draft.honorific + ' ' : '') + draft.asWritten : 'شخص مضاف';
    const box = itemBox('li', item, field,
      el('h5', { dir: 'auto' }, el('span', { class: 'swatch k-person', 'aria-hidden': 'true' }), title,
        draft ? null : el('small', { dir: 'ltr', text: ' ' + entry.key })));
    box.dataset.decision = entry.decision;
    box.dataset.key = entry.key;
    box.append(labelled('person-' + i + '-decision', 'القرار', decisionSelect(entry, draft, field, false),
      'decision'));
    if (entry.decision === 'existing' && !isMatch(entry, draft)) {
      box.append(registeredId(entry, 'person-' + i + '-id', field));
    }
    if (entry.decision === 'new') {
      box.append(nameInput(entry, 'person-' + i + '-name', field));
      box.append(labelled('person-' + i + '-honorific', 'اللقب', input(entry.honorific, field + '.honorific',
        (v) => { entry.honorific = v || null; }, { lang: 'ar' }), 'honorific'));
    }
    if (entry.decision !== 'ignore') {
      const roles = (entry.roles || []).filter((r) => !isIgnored(r.organization));
      if (roles.length) {
        box.append(el('p', { class: 'roles', dir: 'auto' }, 'الصفة: ',
          roles.map((r) => (r.label || r.role || '') + ' — ' + nameOf(r.organization)).join('، ')));
      }
    }
    if (entry.item == null) box.append(removeAdded(entry, state.proposal.people, 'شخص مضاف ' + entry.key));
    return box;
  }

  function addOrganization() {
    const p = state.proposal;
    p.organizations.push({
      key: freshKey('o'), decision: 'new', nameAr: '', nameEn: null, kind: null, parent: null, parentRelation: null,
      country: null,
    });
    rerender('org-' + (p.organizations.length - 1) + '-decision');
  }

  function addPerson() {
    const p = state.proposal;
    p.people.push({ key: freshKey('p'), decision: 'new', nameAr: '', nameEn: null, honorific: null, roles: [] });
    rerender('person-' + (p.people.length - 1) + '-decision');
  }

  // The part of the accept body each section edits: a problem about it as a whole is shown there.
  const SECTION_FIELDS = {
    organizations: 'organizations', people: 'people', meeting: 'meeting', followUps: 'followUps',
    groups: 'meeting.unnamedParticipants', instruments: 'meeting.instruments', statements: 'statements',
    recommendations: 'recommendations',
  };

  function section(id, title, english, ...content) {
    return el('section', {
      class: 'items', id: 'section-' + id, 'aria-labelledby': 'section-' + id + '-title',
      dataset: { field: SECTION_FIELDS[id] },
    },
      el('h4', { id: 'section-' + id + '-title' }, title, el('small', { lang: 'en', text: ' ' + english })),
      ...content);
  }

  function blankMeeting(status) {
    return {
      kind: null, status, titleAr: '', titleEn: null, date: null, dateAsWritten: null,
      place: { cityAr: null, country: null, venueAr: null }, organizer: null, participants: [],
      unnamedParticipants: [], instruments: [],
    };
  }

  // The fields of a meeting (the main one, ids "meeting-…", or a follow-up, ids "followup-0-…"), its organiser
  // and its participants. draftMeeting (the main meeting only) shows the date as written and the reader's warnings.
  function meetingFields(m, id, field, draftMeeting) {
    const p = state.proposal;
    const main = draftMeeting != null;
    const fields = el('div', { class: 'item', dataset: { field } });
    fields.append(labelled(id + '-kind', 'النوع', select([['', '— اختر —']].concat(MEETING_KINDS), m.kind,
      field + '.kind', (v) => { m.kind = v || null; }), 'kind'));
    fields.append(labelled(id + '-status', 'الحالة', select(MEETING_STATUSES, m.status, field + '.status',
      (v) => { m.status = v; }), 'status'));
    fields.append(labelled(id + '-title', 'العنوان', input(m.titleAr, field + '.titleAr', (v) => { m.titleAr = v; },
      { lang: 'ar' }), 'title'));
    const dateBox = itemBox('div', main ? 'meeting-date' : null, null,
      labelled(id + '-date', 'التاريخ', input(m.date, field + '.date', (v) => { m.date = v.trim() || null; },
        { dir: 'ltr', placeholder: 'YYYY أو YYYY-MM أو YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' }),
      'date'));
    if (main && (m.dateAsWritten || (draftMeeting.date && draftMeeting.date.asWritten))) {
      dateBox.append(el('small', { class: 'as-written', dir: 'auto' }, 'كما ورد: «',
        m.dateAsWritten || draftMeeting.date.asWritten, '»'));
    }
    (main && draftMeeting.date ? draftMeeting.date.warnings || [] : []).forEach((w) => {
      dateBox.append(el('small', { class: 'warning', dir: 'ltr', lang: 'en', text: w }));
    });
    fields.append(dateBox);
    const place = m.place;
    // meetings-service's place input (cityAr, venueAr); a proposal in the contract's first words (city, venue) too.
    const city = 'city' in place ? 'city' : 'cityAr';
    const venue = 'venue' in place ? 'venue' : 'venueAr';
    fields.append(itemBox('div', main ? 'meeting-place' : null, field + '.place',
      labelled(id + '-city', 'المدينة', input(place[city], field + '.place.' + city,
        (v) => { place[city] = v || null; }, { lang: 'ar' }), 'city'),
      labelled(id + '-country', 'البلد', countryInput(place.country, field + '.place.country',
        (v) => { place.country = v; }),
      'ISO country'),
      labelled(id + '-venue', 'القاعة', input(place[venue], field + '.place.' + venue,
        (v) => { place[venue] = v || null; }, { lang: 'ar' }), 'venue')));
    fields.append(labelled(id + '-organizer', 'الجهة المنظِّمة',
      select(referenceOptions(p.organizations, '— لا أحد —'), isIgnored(m.organizer) ? '' : m.organizer,
        field + '.organizer', (v) => { m.organizer = v || null; }), 'organiser'));

    // A participant that named only organisations or people now ignored is gone (and not sent); one the reviewer
    // has just added names nobody yet and stays, to be filled in.
    const named = (ref) => ref != null && ref !== '' && !isIgnored(ref);
    const gone = (x) => (x.organization || x.person) && !named(x.organization) && !named(x.person);
    const list = el('ul', { class: 'participants', 'aria-label': 'المشاركون' });
    m.participants.forEach((x, i) => {
      if (gone(x)) return;
      const row = id + '-participant-' + i;
      const at = field + '.participants[' + i + ']';
      const which = 'المشارك ' + (i + 1);
      const organization = select(referenceOptions(p.organizations, '— جهة —'),
        named(x.organization) ? x.organization : '', at + '.organization', (v) => { x.organization = v || null; });
      const person = select(referenceOptions(p.people, '— شخص —'), named(x.person) ? x.person : '',
        at + '.person', (v) => { x.person = v || null; });
      const role = select(PARTICIPANT_ROLES, x.role, at + '.role', (v) => { x.role = v; });
      [[organization, 'organization', 'جهة '], [person, 'person', 'شخص '], [role, 'role', 'دور ']]
        .forEach(([control, part, label]) => {
          control.id = row + '-' + part;
          control.setAttribute('aria-label', label + which);
        });
      list.append(el('li', { class: 'participant', dataset: { field: at } }, organization, person, role,
        removeButton(which, () => {
          m.participants.splice(i, 1);
          rerender(id + '-add-participant');
        })));
    });
    const add = addButton(id + '-add-participant', 'إضافة مشارك', 'add a participant', () => {
      m.participants.push({ organization: null, person: null, role: 'participant', note: null });
      rerender(id + '-participant-' + (m.participants.length - 1) + '-organization');
    });
    return [fields, el('h5', { text: 'المشاركون' }), list.children.length ? list : null, add];
  }

  function renderMeeting() {
    const p = state.proposal;
    const include = el('input', { type: 'checkbox', id: 'meeting-include' });
    include.checked = state.includeMeeting;
    include.addEventListener('change', () => {
      state.includeMeeting = include.checked;
      if (include.checked && !p.meeting) p.meeting = blankMeeting('held');
      rerender('meeting-include');
    });
    const content = [el('div', { class: 'field inline' }, include,
      el('label', { for: 'meeting-include' }, 'تسجيل اجتماع', el('small', { lang: 'en', text: ' record a meeting' })))];
    if (!state.includeMeeting || !p.meeting) return section('meeting', 'الاجتماع', 'Meeting', ...content);
    content.push(...meetingFields(p.meeting, 'meeting', 'meeting', (state.intake.draft || {}).meeting || {}));
    return section('meeting', 'الاجتماع', 'Meeting', ...content);
  }

  // Meetings the article announces as following the main one (a planned conference): recorded with followUpOf.
  function renderFollowUps() {
    const p = state.proposal;
    if (!state.includeMeeting || !p.meeting) return null;
    const list = el('ol', { class: 'entries' });
    p.followUps.forEach((m, i) => {
      const id = 'followup-' + i;
      list.append(el('li', { class: 'follow-up', dataset: { field: 'followUps[' + i + ']' } },
        el('h5', { text: 'اجتماع لاحق ' + (i + 1) }),
        ...meetingFields(m, id, 'followUps[' + i + ']', null),
        removeButton('اجتماع لاحق ' + (i + 1), () => {
          p.followUps.splice(i, 1);
          rerender('add-followup');
        })));
    });
    const add = addButton('add-followup', 'إضافة اجتماع لاحق', 'add a follow-up meeting', () => {
      p.followUps.push(blankMeeting('planned'));
      rerender('followup-' + (p.followUps.length - 1) + '-kind');
    });
    return section('followUps', 'اجتماعات لاحقة', 'Follow-up meetings', list.children.length ? list : null, add);
  }

  function renderGroups() {
    const m = state.proposal.meeting;
    if (!state.includeMeeting || !m || !m.unnamedParticipants.length) return null;
    const list = el('ol', { class: 'entries' });
    m.unnamedParticipants.forEach((g, i) => {
      const field = 'meeting.unnamedParticipants[' + i + ']';
      list.append(itemBox('li', g._item, field,
        labelled('group-' + i + '-description', 'الوصف', textarea(g.description, field + '.description',
          (v) => { g.description = v; }), 'description'),
        labelled('group-' + i + '-count', 'العدد', input(g.count, field + '.count',
          (v) => { g.count = v.trim() === '' ? null : Number(v); }, { type: 'number', min: '1', dir: 'ltr' }), 'count'),
        removeButton('مجموعة ' + (i + 1), () => {
          m.unnamedParticipants.splice(i, 1);
          rerender();
        })));
    });
    return section('groups', 'مشاركون غير مسمَّين', 'Groups', list);
  }

  function renderInstruments() {
    const m = state.proposal.meeting;
    const cited = (state.intake.draft || {}).instruments || [];
    if (!state.includeMeeting || !m || !cited.length) return null;
    const list = el('ul', { class: 'entries' });
    cited.forEach((x, i) => {
      const box = el('input', { type: 'checkbox', id: 'instrument-' + i, dataset: { field: 'meeting.instruments' } });
      box.checked = m.instruments.includes(x.id);
      box.addEventListener('change', () => {
        m.instruments = m.instruments.filter((id) => id !== x.id);
        if (box.checked) m.instruments.push(x.id);
      });
      list.append(itemBox('li', 'instrument-' + i, null, el('div', { class: 'field inline' }, box,
        el('label', { for: 'instrument-' + i, dir: 'auto' }, x.nameAr || x.id,
          el('small', { dir: 'ltr', text: ' ' + x.id })))));
    });
    return section('instruments', 'الوثائق الدولية', 'Instruments', list);
  }

  function renderStatements() {
    const p = state.proposal;
    if (!p.statements.length) return null;
    const list = el('ol', { class: 'entries' });
    p.statements.forEach((s, i) => {
      const field = 'statements[' + i + ']';
      list.append(itemBox('li', s._item, field,
        labelled('statement-' + i + '-speaker', 'المتحدث', select(referenceOptions(p.people, '— غير محدد —'),
          isIgnored(s.speaker) ? '' : s.speaker, field + '.speaker', (v) => {
            s.speaker = v || null;
            rerender();
          }), 'speaker'),
        s.speaker ? null : labelled('statement-' + i + '-speaker-name', 'اسم المتحدث كما ورد',
          input(s.speakerName, field + '.speakerName', (v) => { s.speakerName = v || null; }, { lang: 'ar' }),
          'speaker as written'),
        labelled('statement-' + i + '-organization', 'باسم', select(referenceOptions(p.organizations, '— غير محدد —'),
          isIgnored(s.organization) ? '' : s.organization, field + '.organization',
          (v) => { s.organization = v || null; }), 'on behalf of'),
        labelled('statement-' + i + '-text', 'النص', textarea(s.textAr, field + '.textAr', (v) => { s.textAr = v; }),
          'text'),
        removeButton('تصريح ' + (i + 1), () => {
          p.statements.splice(i, 1);
          rerender();
        })));
    });
    return section('statements', 'التصريحات', 'Statements', list);
  }

  function renderRecommendations() {
    const p = state.proposal;
    if (!p.recommendations) return null;
    const r = p.recommendations;
    const include = el('input', { type: 'checkbox', id: 'recommendations-include' });
    include.checked = state.includeRecommendations;
    include.addEventListener('change', () => {
      state.includeRecommendations = include.checked;
      rerender('recommendations-include');
    });
    const content = [el('div', { class: 'field inline' }, include, el('label', { for: 'recommendations-include' },
      'تسجيل التوصيات', el('small', { lang: 'en', text: ' record the recommendations' })))];
    if (state.includeRecommendations) {
      content.push(el('div', { class: 'item', dataset: { field: 'recommendations' } },
        labelled('recommendations-issuer', 'الجهة المُصدِرة', select(referenceOptions(p.organizations, '— لا أحد —'),
          isIgnored(r.issuer) ? '' : r.issuer, 'recommendations.issuer', (v) => { r.issuer = v || null; }), 'issuer'),
        labelled('recommendations-year', 'السنة', input(r.year, 'recommendations.year',
          (v) => { r.year = v.trim() === '' ? null : Number(v); }, { type: 'number', dir: 'ltr' }), 'year'),
        labelled('recommendations-title', 'العنوان', input(r.titleAr, 'recommendations.titleAr',
          (v) => { r.titleAr = v || null; }, { lang: 'ar' }), 'title'),
        checkbox('recommendations-adopted', 'اعتُمدت في الاجتماع', 'adopted at the meeting',
          r.adoptedAtMeeting === true, 'recommendations.adoptedAtMeeting', (on) => { r.adoptedAtMeeting = on; })));
      const list = el('ol', { class: 'entries' });
      r.items.forEach((x, i) => {
        const field = 'recommendations.items[' + i + ']';
        list.append(itemBox('li', x._item, field,
          labelled('recommendation-' + i + '-number', 'الرقم', input(x.numberAsWritten, field + '.numberAsWritten',
            (v) => { x.numberAsWritten = v; }, { size: '4' }), 'number'),
          labelled('recommendation-' + i + '-text', 'النص', textarea(x.textAr, field + '.textAr',
            (v) => { x.textAr = v; }), 'text'),
          removeButton('توصية ' + (x.numberAsWritten || i + 1), () => {
            r.items.splice(i, 1);
            rerender();
          })));
      });
      content.push(list);
    }
    return section('recommendations', 'التوصيات', 'Recommendations', ...content);
  }

  function renderItems() {
    const p = state.proposal;
    const body = $('items-body');
    body.textContent = '';
    const orgs = el('ul', { class: 'entries' });
    p.organizations.forEach((entry, i) => orgs.append(renderOrganization(entry, i)));
    body.append(section('organizations', 'الجهات', 'Organisations',
      p.organizations.length ? orgs : el('p', { class: 'none', text: 'لا شيء' }),
      addButton('add-organization', 'إضافة جهة', 'add an organisation', addOrganization)));
    const people = el('ul', { class: 'entries' });
    p.people.forEach((entry, i) => people.append(renderPerson(entry, i)));
    body.append(section('people', 'الأشخاص', 'People',
      p.people.length ? people : el('p', { class: 'none', text: 'لا شيء' }),
      addButton('add-person', 'إضافة شخص', 'add a person', addPerson)));
    body.append(renderMeeting());
    const sections = [renderFollowUps(), renderGroups(), renderInstruments(), renderStatements(),
      renderRecommendations()];
    sections.forEach((s) => {
      if (s) body.append(s);
    });
    // The marks of an ignored organisation or person stay, struck through.
    const marked = [['organization-', p.organizations], ['person-', p.people]];
    marked.forEach(([prefix, entries]) => entries.forEach((entry) => {
      if (entry.item == null) return;
      document.querySelectorAll('mark[data-item="' + prefix + entry.item + '"]').forEach((m) => {
        m.classList.toggle('ignored', entry.decision === 'ignore');
      });
    }));
  }

  // ---- accepting ----

  function withoutUiFields(value) {
    return JSON.parse(JSON.stringify(value, (name, v) => (name.startsWith('_') ? undefined : v)));
  }

  // The fields of a new record, blank ones sent as null; an ignored one is nothing but its key and item.
  const NEW_ORGANIZATION_FIELDS = ['nameAr', 'nameEn', 'kind', 'parent', 'parentRelation', 'country'];
  const NEW_PERSON_FIELDS = ['nameAr', 'nameEn', 'honorific'];

  // The proposal as the reviewer left it: each decision with only its own fields, and references to an ignored
  // organisation or person dropped (a participant or role that then names nobody goes with them).
  function acceptBody() {
    const p = withoutUiFields(state.proposal);
    const ref = (key) => (key == null || isIgnored(key) ? null : key);
    p.organizations = p.organizations.map((o) => {
      const out = decided(o, NEW_ORGANIZATION_FIELDS);
      if (out.decision === 'new') {
        out.parent = ref(out.parent);
        if (out.parent == null) out.parentRelation = null;
      }
      return out;
    });
    p.people = p.people.map((person) => {
      const out = decided(person, NEW_PERSON_FIELDS);
      if (out.decision !== 'ignore') out.roles = (person.roles || []).filter((r) => ref(r.organization) != null);
      return out;
    });
    // Follow-ups follow the meeting: without one they are neither shown nor sent.
    if (!state.includeMeeting) {
      p.meeting = null;
      p.followUps = [];
    }
    // The meeting and the meetings the reviewer says follow it (followUps, sent as they came otherwise).
    [p.meeting].concat(p.followUps || []).forEach((m) => {
      if (!m) return;
      m.organizer = ref(m.organizer);
      m.participants = (m.participants || [])
        .map((x) => ({ ...x, organization: ref(x.organization), person: ref(x.person) }))
        .filter((x) => x.organization || x.person);
      if (m.place && Object.values(m.place).every((v) => v == null || v === '')) m.place = null;
    });
    p.statements = p.statements.map((s) => ({ ...s, speaker: ref(s.speaker), organization: ref(s.organization) }));
    if (!state.includeRecommendations) p.recommendations = null;
    if (p.recommendations) p.recommendations.issuer = ref(p.recommendations.issuer);
    return p;
  }

  // The entry as proposed (fields this page does not edit, such as the supporting quote, go back as they came),
  // with only the fields of its decision.
  function decided(entry, newFields) {
    if (entry.decision === 'ignore') {
      const out = { key: entry.key };
      if (entry.item != null) out.item = entry.item;
      out.decision = 'ignore';
      return out;
    }
    const out = { ...entry };
    if (entry.decision === 'new') {
      delete out.id;
      newFields.forEach((f) => { if (out[f] === '') out[f] = null; });
    }
    return out;
  }

  async function accept() {
    if (!state.intake) return;
    clearProblems($('accept-problem'));
    $('accept').disabled = true;
    setStatus('busy', 'جارٍ الاعتماد…');
    try {
      const { json, problem } = await call('POST', '/intake/articles/' + encodeURIComponent(state.intake.id)
        + '/accept', acceptBody());
      if (problem) {
        setStatus('refused', 'لم يُعتمد');
        showProblem($('accept-problem'), problem);
        return;
      }
      state.intake.status = 'accepted';
      showResult(json);
      setStatus('accepted', 'معتمد');
      refreshRecent();
    } finally {
      $('accept').disabled = false;
    }
  }

  function outcome(o) { return OUTCOMES[o] || o; }

  function resultRow(kind, label, id, outcomeCode, href) {
    return el('li', { dataset: { kind, outcome: outcomeCode || '', id: id || '' } },
      el('span', { class: 'what', text: kind + ': ' }), el('span', { dir: 'auto', text: label ? label + ' ' : '' }),
      href ? el('a', { href, dir: 'ltr', text: id }) : el('code', { dir: 'ltr', text: id }),
      el('span', { class: 'outcome', text: ' — ' + outcome(outcomeCode) }));
  }

  function showResult(result) {
    const box = $('result');
    box.textContent = '';
    box.append(el('h3', { text: 'ما سُجِّل' }, el('small', { lang: 'en', text: ' Recorded' })));
    const list = el('ul', { class: 'results' });
    (result.organizations || []).forEach((o) => list.append(resultRow('جهة', nameOf(o.key), o.id, o.outcome,
      '/organizations/' + o.id + '/meetings')));
    (result.people || []).forEach((o) => list.append(resultRow('شخص', nameOf(o.key), o.id, o.outcome,
      '/people/' + o.id + '/statements')));
    (result.memberships || []).forEach((o) => list.append(resultRow('صفة',
      nameOf(o.person) + ' — ' + nameOf(o.organization), o.id, o.outcome, null)));
    if (result.meeting) {
      list.append(resultRow('اجتماع', null, result.meeting.id, result.meeting.outcome,
        '/meetings/' + result.meeting.id));
    }
    (result.followUps || []).forEach((o, i) => list.append(resultRow('اجتماع لاحق',
      (state.proposal.followUps[i] || {}).titleAr, o.id, o.outcome, '/meetings/' + o.id)));
    (result.statements || []).forEach((o) => list.append(resultRow('تصريح', null, o.id, o.outcome,
      '/statements/' + o.id)));
    if (result.recommendationSet) {
      list.append(resultRow('مجموعة توصيات', null, result.recommendationSet.id, result.recommendationSet.outcome,
        null));
    }
    box.append(list);
    box.hidden = false;
  }

  // ---- controls ----

  $('token').value = token();
  $('save-token').addEventListener('click', () => {
    sessionStorage.setItem(TOKEN_KEY, $('token').value.trim());
    setStatus('idle', token() ? 'حُفظ الرمز' : 'الصق رمزاً');
    refreshRecent();
  });
  $('forget').addEventListener('click', () => {
    sessionStorage.removeItem(TOKEN_KEY);
    $('token').value = '';
    setStatus('idle', 'نُسي الرمز');
  });
  // A token pasted but not saved is still the one meant: keep it before any call.
  $('token').addEventListener('change', () => sessionStorage.setItem(TOKEN_KEY, $('token').value.trim()));
  $('text').addEventListener('input', updateCount);
  $('paste').addEventListener('submit', read);
  $('accept').addEventListener('click', accept);
  // A mark clicked in the text takes the reviewer to its entry in the list.
  $('article').addEventListener('click', (event) => {
    const mark = event.target.closest('mark');
    const entry = mark && document.querySelector('.item[data-item="' + CSS.escape(mark.dataset.item) + '"]');
    if (!entry) return;
    const control = entry.querySelector('select, input, textarea, button');
    entry.scrollIntoView({ block: 'nearest' });
    if (control) control.focus();
  });
  updateCount();
  setStatus('idle', token() ? '' : 'الصق رمزاً');
  // An article of the list (or a link to #id) is opened again.
  window.addEventListener('hashchange', () => {
    const id = location.hash.slice(1);
    if (UUID.test(id) && (!state.intake || state.intake.id !== id)) load(id);
  });
  const opened = location.hash.slice(1);
  if (UUID.test(opened)) load(opened);
  refreshRecent();
})();
