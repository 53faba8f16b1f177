// Liaison dashboard page: plain JavaScript, no build step.
// Connection: POST /stream/tickets with the pasted bearer token -> a single-use ticket -> EventSource on
// /stream?ticket=...&lastEventId=... . Every event's id is a stream position; after any error the page asks
// for a new ticket and reconnects from the last id it got, so nothing is missed and nothing comes twice.
(function () {
  'use strict';

  const TOKEN_KEY = 'liaison.dashboard.token';
  // Set when the token came from the identity provider (sign-in/token), not pasted.
  const SIGNED_IN_KEY = 'liaison.dashboard.signedIn';
  const MAX_ROWS = 500;
  const CHART_MINUTES = 15;
  const START_BACK_MS = 10 * 60 * 1000; // a fresh page shows the last ten minutes

  const $ = (id) => document.getElementById(id);
  const state = {
    source: null, lastId: null, paused: false, retryMs: 1000, retryTimer: null,
    startFrom: new Date(Date.now() - START_BACK_MS).toISOString(),
    perMinute: new Map(), // minute (ms) -> Map(type -> count)
    colours: new Map(),
    received: 0,
  };

  function token() { return sessionStorage.getItem(TOKEN_KEY) || ''; }

  function setStatus(kind, text) {
    const el = $('status');
    el.dataset.state = kind;
    el.textContent = text;
  }

  function filters() {
    const p = new URLSearchParams();
    [['type', 'f-type'], ['org', 'f-org'], ['subject', 'f-subject']].forEach(([name, id]) => {
      const v = $(id).value.trim();
      if (v) p.set(name, v);
    });
    return p;
  }

  async function connect(renewed) {
    clearTimeout(state.retryTimer);
    closeSource();
    if (!token()) { setStatus('refused', 'paste a token'); return; }
    setStatus(state.lastId ? 'reconnecting' : 'connecting', state.lastId ? 'reconnecting…' : 'connecting…');
    let answer;
    try {
      answer = await fetch('stream/tickets', { method: 'POST', headers: { Authorization: 'Bearer ' + token() } });
    } catch (e) {
      return retry('server unreachable');
    }
    if (answer.status === 401 && signedIn() && !renewed) {
      // The provider's token expired: the sign-in session renews it (or says the person must sign in again).
      if (await takeProviderToken()) return connect(true);
    }
    if (answer.status === 401 || answer.status === 403) {
      setStatus('refused', answer.status === 401 ? 'token refused (expired?)' : 'this role may not watch');
      return; // a new token is needed: no point retrying
    }
    if (!answer.ok) return retry('server answered ' + answer.status);
    const { ticket } = await answer.json();
    const params = filters();
    params.set('ticket', ticket);
    if (state.lastId) params.set('lastEventId', state.lastId); else params.set('from', state.startFrom);
    const source = new EventSource('stream?' + params.toString());
    state.source = source;
    source.onopen = () => { state.retryMs = 1000; setStatus('live', 'live'); };
    source.onmessage = (message) => {
      if (message.lastEventId) state.lastId = message.lastEventId;
      addEvent(JSON.parse(message.data));
    };
    source.onerror = () => {
      // The browser would reconnect with the same (now used) ticket: take over with a fresh one.
      if (state.source === source) retry('connection lost');
    };
  }

  function retry(why) {
    closeSource();
    if (state.paused) return;
    const wait = state.retryMs;
    state.retryMs = Math.min(state.retryMs * 2, 30000);
    setStatus('reconnecting', why + ' — reconnecting in ' + Math.round(wait / 1000) + ' s');
    state.retryTimer = setTimeout(connect, wait);
  }

  function closeSource() {
    if (state.source) {
      state.source.onerror = null;
      state.source.close();
      state.source = null;
    }
  }

  function orgName(org) {
    if (!org) return '';
    return org.nameAr || org.nameEn || org.id.slice(0, 8);
  }

  function cell(row, text, cls, dirAuto) {
    const td = document.createElement('td');
    if (cls) td.className = cls;
    if (dirAuto) td.dir = 'auto';
    td.textContent = text == null ? '' : text;
    row.appendChild(td);
    return td;
  }

  function what(ev) {
    const d = ev.data || {};
    if (ev.redacted) return 'restricted meeting' + (d.date ? ' on ' + d.date : '');
    return d.titleAr || d.nameAr || d.titleEn || d.nameEn || d.label || d.role || '';
  }

  function addEvent(ev) {
    state.received++;
    countMinute(ev);
    const tbody = $('events').tBodies[0];
    const row = document.createElement('tr');
    row.dataset.eventId = ev.eventId;
    row.dataset.type = ev.type;
    row.dataset.subject = ev.subject || '';
    cell(row, new Date(ev.time).toLocaleTimeString(), 'time');
    cell(row, ev.type, 'type');
    const orgs = cell(row, '', 'orgs');
    (ev.organizations || []).forEach((o, i) => {
      const span = document.createElement('span');
      span.dir = 'auto';
      span.className = 'ar';
      span.title = (o.nameEn ? o.nameEn + ' — ' : '') + o.id;
      span.textContent = orgName(o);
      if (i > 0) orgs.appendChild(document.createTextNode(' · '));
      orgs.appendChild(span);
    });
    cell(row, ev.subject, 'subject');
    const w = cell(row, what(ev), ev.redacted ? 'what redacted' : 'what ar', true);
    w.lang = ev.redacted ? 'en' : 'ar';
    cell(row, ev.actorOffice ? orgName(ev.actorOffice) : '', 'actor ar', true);
    tbody.insertBefore(row, tbody.firstChild);
    while (tbody.rows.length > MAX_ROWS) tbody.deleteRow(tbody.rows.length - 1);
    $('count').textContent = String(tbody.rows.length);
  }

  // ---- chart: events per minute by type (stacked bars, last CHART_MINUTES minutes) ----
  function countMinute(ev) {
    const minute = Math.floor(new Date(ev.time).getTime() / 60000) * 60000;
    const types = state.perMinute.get(minute) || new Map();
    types.set(ev.type, (types.get(ev.type) || 0) + 1);
    state.perMinute.set(minute, types);
  }

  function colour(type) {
    if (!state.colours.has(type)) {
      state.colours.set(type, 'hsl(' + ((state.colours.size * 67) % 360) + ' 60% 50%)');
    }
    return state.colours.get(type);
  }

  function drawChart() {
    const canvas = $('chart');
    const ctx = canvas.getContext('2d');
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const now = Math.floor(Date.now() / 60000) * 60000;
    const minutes = [];
    for (let i = CHART_MINUTES - 1; i >= 0; i--) minutes.push(now - i * 60000);
    for (const m of [...state.perMinute.keys()]) if (m < minutes[0]) state.perMinute.delete(m);
    const totals = minutes.map((m) => [...(state.perMinute.get(m) || new Map()).values()].reduce((a, b) => a + b, 0));
    const max = Math.max(1, ...totals);
    const barWidth = canvas.width / CHART_MINUTES;
    const height = canvas.height - 16;
    minutes.forEach((m, i) => {
      let y = height;
      for (const [type, n] of state.perMinute.get(m) || new Map()) {
        const h = (n / max) * (height - 4);
        ctx.fillStyle = colour(type);
        ctx.fillRect(i * barWidth + 2, y - h, barWidth - 4, h);
        y -= h;
      }
      ctx.fillStyle = '#57606a';
      ctx.font = '10px sans-serif';
      if (i % 3 === 0) ctx.fillText(new Date(m).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }), i * barWidth + 2, canvas.height - 3);
    });
    const legend = $('legend');
    legend.textContent = '';
    for (const [type, c] of state.colours) {
      const span = document.createElement('span');
      const swatch = document.createElement('i');
      swatch.style.background = c;
      span.appendChild(swatch);
      span.appendChild(document.createTextNode(type));
      legend.appendChild(span);
    }
  }

  // ---- consumer lag ----
  async function refreshLag() {
    if (!token()) return;
    try {
      const answer = await fetch('lag', { headers: { Authorization: 'Bearer ' + token() } });
      const tbody = $('lag').tBodies[0];
      if (answer.status === 403) {
        // Consumer lag is for admins only.
        tbody.textContent = '';
        const row = document.createElement('tr');
        cell(row, 'shown to admins only').colSpan = 3;
        tbody.appendChild(row);
        return;
      }
      if (!answer.ok) return;
      const groups = await answer.json();
      tbody.textContent = '';
      groups.forEach((g) => {
        const row = document.createElement('tr');
        cell(row, g.group);
        cell(row, String(g.lag));
        cell(row, Object.entries(g.topics).map(([t, n]) => t + ': ' + n).join(', '));
        tbody.appendChild(row);
      });
    } catch (e) {
      // shown again on the next refresh
    }
  }

  // ---- health panel: GET /system-health (admins only), every service's state and the last hour's events ----
  const SVG = 'http://www.w3.org/2000/svg';

  function duration(seconds) {
    if (seconds == null) return '—';
    if (seconds < 120) return Math.round(seconds) + ' s';
    if (seconds < 7200) return Math.round(seconds / 60) + ' min';
    return Math.round(seconds / 3600) + ' h';
  }

  function count(n) { return n == null ? '—' : String(n); }

  function healthRow(s) {
    const row = document.createElement('tr');
    row.dataset.service = s.service;
    cell(row, s.service, 'service');
    const state = cell(row, s.state, 'state');
    state.dataset.state = s.state;
    if (s.failingChecks.length) state.title = 'down: ' + s.failingChecks.join(', ');
    cell(row, duration(s.outboxOldestPendingSeconds), 'num');
    cell(row, count(s.outboxPendingRows), 'num');
    cell(row, count(s.consumerLag), 'num');
    const letters = s.deadLetters == null ? null : Object.values(s.deadLetters).reduce((a, b) => a + b, 0);
    const dead = cell(row, count(letters), letters ? 'num dead' : 'num');
    if (s.deadLetters) dead.title = Object.entries(s.deadLetters).map(([c, n]) => c + ': ' + n).join(', ');
    cell(row, s.problem || (s.failingChecks.length ? 'down: ' + s.failingChecks.join(', ') : ''), 'problem', true);
    return row;
  }

  // Bars of the last sixty minutes, oldest first; drawn as SVG elements (no inline style: the CSP forbids it).
  function drawRate(minutes) {
    const width = 600, height = 80, axis = 14;
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + (height + axis));
    svg.setAttribute('role', 'img');
    const max = Math.max(1, ...minutes.map((m) => m.events));
    const step = width / minutes.length;
    const baseline = document.createElementNS(SVG, 'line');
    baseline.setAttribute('x1', '0');
    baseline.setAttribute('x2', String(width));
    baseline.setAttribute('y1', String(height + 0.5));
    baseline.setAttribute('y2', String(height + 0.5));
    baseline.setAttribute('class', 'baseline');
    svg.appendChild(baseline);
    minutes.forEach((m, i) => {
      const h = (m.events / max) * (height - 2);
      const bar = document.createElementNS(SVG, 'rect');
      bar.setAttribute('x', String(i * step + 1));
      bar.setAttribute('y', String(height - h));
      bar.setAttribute('width', String(Math.max(1, step - 2)));
      bar.setAttribute('height', String(h));
      bar.setAttribute('class', 'bar');
      bar.dataset.events = String(m.events);
      const title = document.createElementNS(SVG, 'title');
      const at = new Date(m.start).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
      title.textContent = at + ': ' + m.events;
      bar.appendChild(title);
      svg.appendChild(bar);
      if (i % 15 === 0 || i === minutes.length - 1) {
        const label = document.createElementNS(SVG, 'text');
        label.setAttribute('x', String(i === minutes.length - 1 ? width : i * step));
        label.setAttribute('y', String(height + axis - 2));
        label.setAttribute('class', i === minutes.length - 1 ? 'axis end' : 'axis');
        label.textContent = at;
        svg.appendChild(label);
      }
    });
    const total = minutes.reduce((a, m) => a + m.events, 0);
    svg.setAttribute('aria-label', total + ' events in the last hour, at most ' + max + ' in a minute');
    const chart = $('rate-chart');
    chart.textContent = '';
    chart.appendChild(svg);
  }

  async function refreshHealth() {
    if (!token()) return;
    try {
      const answer = await fetch('system-health', { headers: { Authorization: 'Bearer ' + token() } });
      const tbody = $('health').tBodies[0];
      if (answer.status === 403) {
        tbody.textContent = '';
        const row = document.createElement('tr');
        cell(row, 'shown to admins only').colSpan = 7;
        tbody.appendChild(row);
        return;
      }
      if (!answer.ok) return;
      const report = await answer.json();
      tbody.textContent = '';
      report.services.forEach((s) => tbody.appendChild(healthRow(s)));
      $('health-checked').textContent = new Date(report.checkedAt).toLocaleTimeString()
        + (report.lagProblem ? ' — ' + report.lagProblem : '');
      drawRate(report.eventsPerMinute);
    } catch (e) {
      // shown again on the next refresh
    }
  }

  // ---- sign-in with the identity provider (when the service has one) ----
  function signedIn() { return sessionStorage.getItem(SIGNED_IN_KEY) === '1'; }

  // Who the token says the person is, for the header; the services verify the token, the page only reads it.
  function personOf(jwt) {
    try {
      const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      const bytes = Uint8Array.from(atob(part), (c) => c.charCodeAt(0));
      const claims = JSON.parse(new TextDecoder().decode(bytes));
      return claims.name || claims.preferred_username || claims.upn || claims.email || claims.sub || '';
    } catch (e) {
      return '';
    }
  }

  function showSignedIn() {
    $('signed-in').hidden = !signedIn();
    $('signed-in-as').textContent = signedIn() ? personOf(token()) : '';
    $('forget').textContent = signedIn() ? 'Sign out' : 'Forget token';
  }

  // The sign-in session (a cookie of this service) gives the provider's access token; false when it has ended.
  async function takeProviderToken() {
    try {
      const answer = await fetch('sign-in/token', {
        method: 'POST', headers: { 'X-Requested-With': 'JavaScript' }, redirect: 'manual',
      });
      if (!answer.ok) throw new Error('sign-in/token answered ' + answer.status);
      sessionStorage.setItem(TOKEN_KEY, (await answer.json()).accessToken);
      sessionStorage.setItem(SIGNED_IN_KEY, '1');
      return true;
    } catch (e) {
      sessionStorage.removeItem(TOKEN_KEY);
      sessionStorage.removeItem(SIGNED_IN_KEY);
      setStatus('refused', 'signed out — sign in again');
      return false;
    } finally {
      showSignedIn();
    }
  }

  async function offerSignIn() {
    try {
      const answer = await fetch('sign-in/options');
      $('sign-in').hidden = !(answer.ok && (await answer.json()).signIn);
    } catch (e) {
      $('sign-in').hidden = true;
    }
  }

  // ---- controls ----
  if (!signedIn()) $('token').value = token();
  $('connect').onclick = () => {
    sessionStorage.setItem(TOKEN_KEY, $('token').value.trim());
    sessionStorage.removeItem(SIGNED_IN_KEY);
    showSignedIn();
    state.paused = false;
    $('pause').textContent = 'Pause';
    connect();
    refreshLag();
    refreshHealth();
  };
  $('forget').onclick = async () => {
    const endSession = signedIn();
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(SIGNED_IN_KEY);
    $('token').value = '';
    showSignedIn();
    closeSource();
    if (endSession) {
      try {
        await fetch('sign-in/end', { method: 'POST', headers: { 'X-Requested-With': 'JavaScript' } });
      } catch (e) {
        // the session cookie expires by itself
      }
    }
    setStatus('idle', 'not connected');
  };
  $('apply').onclick = () => {
    // A new filter starts over: the rows it shows come from the same ten minutes as a fresh page.
    $('events').tBodies[0].textContent = '';
    $('count').textContent = '0';
    state.lastId = null;
    connect();
  };
  $('pause').onclick = () => {
    state.paused = !state.paused;
    $('pause').textContent = state.paused ? 'Resume' : 'Pause';
    if (state.paused) {
      clearTimeout(state.retryTimer);
      closeSource();
      setStatus('paused', 'paused — resumes from where it stopped');
    } else {
      connect();
    }
  };

  // For tests and operators: drop the connection as a network failure would (it comes back by itself).
  window.liaisonDashboard = {
    drop() { if (state.source) { state.source.close(); retry('connection dropped'); } },
    lastId() { return state.lastId; },
  };

  setInterval(drawChart, 2000);
  setInterval(refreshLag, 5000);
  setInterval(refreshHealth, 5000);
  drawChart();
  offerSignIn();
  showSignedIn();
  (async () => {
    // Back from the provider (sign-in redirects to #signed-in): take the token, and drop the marker from the URL.
    if (location.hash === '#signed-in') {
      history.replaceState(null, '', location.pathname + location.search);
      if (!(await takeProviderToken())) return;
    }
    if (token()) { connect(); refreshLag(); refreshHealth(); }
  })();
})();
