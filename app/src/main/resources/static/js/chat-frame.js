// The chat inside the company's site. A customer signed in there comes with their signed reference (in the address's
// fragment, read once and wiped) and is asked nothing but their message; a visitor gives a name. The conversation's
// token stays in this tab's session storage, so a reload goes on with the same conversation. Messages arrive on a
// server-sent event stream read with fetch (the token goes in a header, never in an address); after a cut it reconnects
// with the last message it has, so none is lost or doubled. Each message shows its state: sending, sent, read. Every
// text from a person is written as text, never as HTML.
(function () {
  const root = document.getElementById('chat');
  const key = root.dataset.key;
  const texts = root.dataset;
  const storageKey = 'fidele-chat-' + key;
  const problem = document.getElementById('problem');
  const liveState = document.getElementById('live-state');
  const log = document.getElementById('log');
  const typing = document.getElementById('typing');
  const startForm = document.getElementById('start');
  const leaveForm = document.getElementById('leave');
  const writeForm = document.getElementById('write');
  const text = document.getElementById('text');
  let conversation = JSON.parse(window.sessionStorage.getItem(storageKey) || 'null');
  let last = 0;
  let advisorSeen = 0;
  let typingHidden = null;
  let typingSent = 0;
  const pending = new Map();

  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const identity = { reference: fragment.get('reference'), signature: fragment.get('signature') };
  if (window.location.hash) {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  if (identity.reference) {
    document.querySelectorAll('#start .visitor, #call-later .visitor').forEach(part => { part.hidden = true; });
    const signedIn = document.getElementById('signed-in');
    signedIn.textContent = texts.signedIn;
    signedIn.hidden = false;
  }

  function headers(json) {
    const all = { 'Accept-Language': texts.lang };
    if (json) {
      all['Content-Type'] = 'application/json';
    }
    if (conversation) {
      all.Authorization = 'Bearer ' + conversation.token;
    }
    return all;
  }

  function call(method, path, body) {
    return fetch('/chat/v1' + path, { method: method, headers: headers(body !== undefined), body: body === undefined ? undefined : JSON.stringify(body) });
  }

  async function refused(response) {
    let message = texts.failed;
    try {
      const details = await response.json();
      message = details.errors && details.errors.length ? details.errors.map(error => error.message).join(' ') : details.detail || message;
    } catch (e) {
      // not a problem-details body: the generic words stay
    }
    problem.textContent = message;
    problem.hidden = false;
  }

  function clearProblem() {
    problem.hidden = true;
    problem.textContent = '';
  }

  function systemText(code) {
    const name = 'system' + code.toLowerCase().split('_').map(part => part.charAt(0).toUpperCase() + part.slice(1)).join('');
    return texts[name] || code;
  }

  function stateText(seq) {
    return seq <= advisorSeen ? texts.read : texts.sent;
  }

  function show(message) {
    if (message.seq <= last) {
      return;
    }
    last = message.seq;
    const mine = message.author === 'CUSTOMER';
    let item = mine ? pending.get(message.clientId) : null;
    if (!item) {
      item = document.createElement('li');
      item.className = 'border rounded p-2 mb-2' + (mine ? ' text-end' : ' bg-light');
      const who = document.createElement('div');
      who.className = 'small text-muted who';
      who.textContent = mine ? texts.you : message.author === 'ADVISOR' ? message.authorName || texts.advisor : '';
      const body = document.createElement('div');
      body.className = 'body';
      body.textContent = message.author === 'SYSTEM' ? systemText(message.body)
        : message.fileId ? texts.file.replace('{0}', message.body) : message.body;
      item.append(who, body);
      if (mine) {
        const state = document.createElement('div');
        state.className = 'small text-muted state';
        item.append(state);
      }
      log.append(item);
    }
    item.dataset.seq = String(message.seq);
    const state = item.querySelector('.state');
    if (state) {
      state.textContent = stateText(message.seq);
    }
    if (message.author === 'ADVISOR') {
      typing.textContent = '';
      call('POST', '/conversations/' + conversation.id + '/seen', { seq: message.seq });
    }
    item.scrollIntoView({ block: 'end' });
  }

  function showState(state) {
    advisorSeen = state.advisorSeen;
    log.querySelectorAll('li[data-seq] .state').forEach(element => {
      element.textContent = stateText(Number(element.closest('li').dataset.seq));
    });
    if (state.state === 'ENDED') {
      writeForm.hidden = true;
      document.getElementById('transcript').hidden = false;
      window.sessionStorage.removeItem(storageKey);
      offerSurvey();
    }
  }

  // Once ended, the survey the service's rules offer about this chat, if any: each score opens its answer page with
  // that score kept (the page cannot be framed: it opens in a tab of its own).
  let surveyAsked = false;
  async function offerSurvey() {
    if (surveyAsked) {
      return;
    }
    surveyAsked = true;
    const response = await call('POST', '/conversations/' + conversation.id + '/survey');
    if (response.status !== 200) {
      return;
    }
    const offer = await response.json();
    document.getElementById('survey-question').textContent = offer.question;
    const scores = document.getElementById('survey-scores');
    for (let score = offer.lowest; score <= offer.highest; score++) {
      const link = document.createElement('a');
      link.className = 'btn btn-sm btn-outline-primary';
      link.href = offer.path + '?answer=' + offer.position + '-' + score;
      link.target = '_blank';
      link.rel = 'noopener';
      link.textContent = String(score);
      scores.append(link);
    }
    document.getElementById('survey').hidden = false;
  }

  // Reads the stream until it ends; returns whether to reconnect.
  async function listen() {
    const response = await fetch('/chat/v1/conversations/' + conversation.id + '/events',
      { headers: Object.assign(headers(false), { 'Accept': 'text/event-stream', 'Last-Event-ID': String(last) }) });
    if (response.status === 404) {
      window.sessionStorage.removeItem(storageKey);
      return false;
    }
    if (!response.ok) {
      return true;
    }
    liveState.textContent = '';
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        return writeForm.hidden === false;
      }
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let name = 'message';
        const data = [];
        block.split('\n').forEach(line => {
          if (line.startsWith('event:')) {
            name = line.slice(6).trim();
          } else if (line.startsWith('data:')) {
            data.push(line.slice(5).replace(/^ /, ''));
          }
        });
        if (data.length === 0) {
          continue;
        }
        const payload = JSON.parse(data.join('\n'));
        if (name === 'message') {
          show(payload);
        } else if (name === 'state') {
          showState(payload);
        } else if (name === 'typing') {
          typing.textContent = texts.advisorTyping;
          window.clearTimeout(typingHidden);
          typingHidden = window.setTimeout(() => { typing.textContent = ''; }, 5000);
        }
      }
    }
  }

  async function stayConnected() {
    let wait = 1000;
    while (conversation) {
      let again;
      try {
        again = await listen();
        wait = 1000;
      } catch (e) {
        again = true;
      }
      if (!again) {
        return;
      }
      liveState.textContent = texts.reconnecting;
      await new Promise(resolve => window.setTimeout(resolve, wait));
      wait = Math.min(wait * 2, 15000);
    }
  }

  function begin() {
    startForm.hidden = true;
    leaveForm.hidden = true;
    document.getElementById('call-later').hidden = true;
    document.getElementById('closed').hidden = true;
    document.getElementById('conversation').hidden = false;
    text.focus();
    stayConnected();
  }

  // who writes: the site's signed reference, or else the name the visitor typed in the given field
  function identified(body, nameField) {
    if (identity.reference) {
      return Object.assign(body, identity);
    }
    body.name = document.getElementById(nameField).value;
    return body;
  }

  function clientId() {
    return Date.now().toString(36) + '-' + Array.from(window.crypto.getRandomValues(new Uint8Array(8)), b => b.toString(16)).join('');
  }

  startForm.addEventListener('submit', async event => {
    event.preventDefault();
    clearProblem();
    const body = identified({ language: texts.lang, text: document.getElementById('first').value, clientId: clientId() }, 'name');
    if (!identity.reference) {
      body.email = document.getElementById('email').value;
    }
    const response = await call('POST', '/widgets/' + encodeURIComponent(key) + '/conversations', body);
    if (response.status === 409) {
      problem.textContent = texts.unavailable;
      problem.hidden = false;
      startForm.hidden = true;
      leaveForm.hidden = texts.leaveMessage !== 'true';
      return;
    }
    if (!response.ok) {
      await refused(response);
      return;
    }
    conversation = await response.json();
    window.sessionStorage.setItem(storageKey, JSON.stringify({ id: conversation.id, token: conversation.token }));
    begin();
    if (conversation.longWait) {
      // a long wait: the customer may be called instead, keeping their place, or leave a message answered by e-mail
      liveState.textContent = texts.longWait.replace('{0}', String(Math.ceil(conversation.estimatedWaitSeconds / 60)));
      document.getElementById('call-me').hidden = false;
      leaveForm.hidden = texts.leaveMessage !== 'true';
    }
  });

  leaveForm.addEventListener('submit', async event => {
    event.preventDefault();
    clearProblem();
    const response = await call('POST', '/widgets/' + encodeURIComponent(key) + '/left-messages', {
      name: document.getElementById('leave-name').value, email: document.getElementById('leave-email').value,
      text: document.getElementById('leave-text').value });
    if (!response.ok) {
      await refused(response);
      return;
    }
    leaveForm.hidden = true;
    liveState.textContent = texts.left;
  });

  // closed: the customer asks to be called when the service opens (a callback queued now, ahead of later callers)
  document.getElementById('call-later').addEventListener('submit', async event => {
    event.preventDefault();
    clearProblem();
    const body = identified({ language: texts.lang, text: document.getElementById('later-text').value, clientId: clientId(),
      number: document.getElementById('later-number').value }, 'later-name');
    const response = await call('POST', '/widgets/' + encodeURIComponent(key) + '/call-backs', body);
    if (!response.ok) {
      await refused(response);
      return;
    }
    event.target.hidden = true;
    leaveForm.hidden = true;
    liveState.textContent = texts.calledWhenOpen;
  });

  writeForm.addEventListener('submit', async event => {
    event.preventDefault();
    const words = text.value.trim();
    if (!words) {
      return;
    }
    clearProblem();
    const id = clientId();
    const item = document.createElement('li');
    item.className = 'border rounded p-2 mb-2 text-end';
    const who = document.createElement('div');
    who.className = 'small text-muted who';
    who.textContent = texts.you;
    const body = document.createElement('div');
    body.className = 'body';
    body.textContent = words;
    const state = document.createElement('div');
    state.className = 'small text-muted state';
    state.textContent = texts.sending;
    item.append(who, body, state);
    log.append(item);
    pending.set(id, item);
    text.value = '';
    const response = await call('POST', '/conversations/' + conversation.id + '/messages', { clientId: id, text: words });
    if (!response.ok) {
      state.textContent = texts.failed;
      await refused(response);
      return;
    }
    const kept = await response.json();
    item.dataset.seq = String(kept.seq);
    state.textContent = stateText(kept.seq);
  });
  document.getElementById('file').addEventListener('change', async event => {
    const chosen = event.target.files[0];
    if (!chosen) {
      return;
    }
    clearProblem();
    const form = new FormData();
    form.append('file', chosen);
    form.append('clientId', clientId());
    const response = await fetch('/chat/v1/conversations/' + conversation.id + '/files',
      { method: 'POST', headers: { 'Authorization': 'Bearer ' + conversation.token, 'Accept-Language': texts.lang }, body: form });
    event.target.value = '';
    if (!response.ok) {
      await refused(response);
    }
  });
  text.addEventListener('keydown', event => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      writeForm.requestSubmit();
    }
  });
  text.addEventListener('input', () => {
    if (conversation && Date.now() - typingSent > 3000) {
      typingSent = Date.now();
      call('POST', '/conversations/' + conversation.id + '/typing');
    }
  });
  document.getElementById('call-me').addEventListener('submit', async event => {
    event.preventDefault();
    clearProblem();
    const response = await call('POST', '/conversations/' + conversation.id + '/call-back',
      { number: document.getElementById('call-number').value });
    if (!response.ok) {
      await refused(response);
      return;
    }
    event.target.hidden = true;
    leaveForm.hidden = true;
  });
  document.getElementById('transcript').addEventListener('submit', async event => {
    event.preventDefault();
    clearProblem();
    const response = await call('POST', '/conversations/' + conversation.id + '/transcript',
      { email: document.getElementById('transcript-email').value });
    if (!response.ok) {
      await refused(response);
      return;
    }
    event.target.hidden = true;
    liveState.textContent = texts.transcriptSent;
  });
  document.getElementById('end').addEventListener('click', async () => {
    await call('POST', '/conversations/' + conversation.id + '/end');
  });
  document.addEventListener('keydown', event => {
    if (event.key === 'Escape' && window.parent !== window) {
      window.parent.postMessage('fidele-chat-close', '*');
    }
  });

  if (conversation) {
    begin();
  }
}());
