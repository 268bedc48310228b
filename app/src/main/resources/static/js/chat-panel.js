// A chat in the advisor's workspace, live: each chat panel listens to its own event stream (messages after the last
// one shown, so a reconnection loses none; the customer typing; what the customer has read), answers without
// reloading the page (Enter sends, Shift+Enter goes to the line), and tells the customer when the advisor types.
// Messages are written as text, never as HTML. Panels come and go with the workspace's updates: each new one is bound
// once, and its stream closed when it leaves the page.
(function () {
  const csrf = () => document.querySelector('input[name="_csrf"]');
  const TYPING_EVERY_MS = 3000;
  const TYPING_SHOWN_MS = 5000;

  function post(url, fields) {
    const body = new URLSearchParams(fields);
    if (csrf()) {
      body.append('_csrf', csrf().value);
    }
    return fetch(url, { method: 'POST', body: body, headers: { 'X-Requested-With': 'fetch' } });
  }

  function bind(panel) {
    panel.dataset.bound = 'true';
    const log = panel.querySelector('.chat-log');
    const typing = panel.querySelector('.chat-typing');
    const read = panel.querySelector('.chat-read');
    const form = document.getElementById(panel.id.replace('chat-', 'chat-reply-'));
    let last = Number(panel.dataset.lastSeq || 0);
    let typingHidden = null;
    const url = new URL(panel.dataset.events, window.location.href);
    url.searchParams.set('after', String(last));
    const events = new EventSource(url);

    function systemText(code) {
      const key = 'system' + code.toLowerCase().split('_').map(part => part.charAt(0).toUpperCase() + part.slice(1)).join('');
      return panel.dataset[key] || code;
    }

    events.addEventListener('message', event => {
      if (!document.body.contains(panel)) {
        events.close();
        return;
      }
      const message = JSON.parse(event.data);
      if (message.seq <= last) {
        return;
      }
      last = message.seq;
      const item = document.createElement('li');
      item.className = 'border rounded p-2 mb-2 chat-message' + (message.author === 'ADVISOR' ? ' bg-light' : '');
      item.dataset.seq = String(message.seq);
      const who = document.createElement('div');
      who.className = 'small text-muted';
      who.textContent = message.author === 'CUSTOMER' ? panel.dataset.customer : message.author === 'ADVISOR' ? message.authorName : '';
      let text;
      if (message.fileId) {
        // a file the customer sent: a download, its name written as text
        text = document.createElement('a');
        text.className = 'chat-file';
        text.href = panel.dataset.files + message.fileId;
        text.setAttribute('download', '');
      } else {
        text = document.createElement('div');
        text.className = 'notes';
      }
      text.textContent = message.author === 'SYSTEM' ? systemText(message.body) : message.body;
      item.append(who, text);
      log.append(item);
      if (message.author === 'CUSTOMER') {
        typing.textContent = '';
        if (document.visibilityState === 'visible') {
          post(panel.dataset.seen, { seq: String(message.seq) });
        }
      }
    });
    events.addEventListener('typing', () => {
      typing.textContent = typing.dataset.text;
      window.clearTimeout(typingHidden);
      typingHidden = window.setTimeout(() => { typing.textContent = ''; }, TYPING_SHOWN_MS);
    });
    events.addEventListener('state', event => {
      const state = JSON.parse(event.data);
      read.textContent = state.customerSeen > 0 ? panel.dataset.read.replace('{0}', String(state.customerSeen)) : '';
      if (state.state === 'ENDED') {
        events.close();
      }
    });

    if (form) {
      const textarea = form.querySelector('textarea');
      let typingSent = 0;
      textarea.addEventListener('input', () => {
        if (Date.now() - typingSent > TYPING_EVERY_MS) {
          typingSent = Date.now();
          post(panel.dataset.typing, {});
        }
      });
      textarea.addEventListener('keydown', event => {
        if (event.key === 'Enter' && !event.shiftKey) {
          event.preventDefault();
          form.requestSubmit();
        }
      });
      form.addEventListener('submit', async event => {
        if (!textarea.value.trim()) {
          event.preventDefault();
          return;
        }
        event.preventDefault();
        const response = await post(form.action, { text: textarea.value });
        if (response.ok) {
          textarea.value = '';
          textarea.focus();
        } else {
          // the page's own answer names what was refused
          form.submit();
        }
      });
    }
  }

  function bindAll() {
    document.querySelectorAll('section.chat-panel:not([data-bound])').forEach(bind);
  }
  bindAll();
  new MutationObserver(bindAll).observe(document.body, { childList: true, subtree: true });
}());
