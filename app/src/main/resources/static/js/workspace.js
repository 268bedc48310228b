// The advisor's workspace, live. An update patches the page instead of redrawing it: an offer or a contact already shown
// keeps its elements, so the focus stays where it is and nothing typed is lost; only the parts that changed are
// replaced, never one holding the focus, and never a form marked data-keep (the wrap-up, whose notes are also saved as
// a draft while they are typed, or an e-mail reply). New offers, changes of state and a lost connection are announced
// to screen readers as well as shown. The shortcut that accepts the first offer is the advisor's choice: Alt+Shift+A
// (the default), A inside the workspace, or none (WCAG 2.1.4).
(function () {
  const root = document.getElementById('workspace');
  if (!root) {
    return;
  }
  const title = document.title;
  const announcer = document.getElementById('announcer');
  const liveState = document.getElementById('live-state');
  const connectionLost = document.getElementById('connection-lost');
  const keyChoice = document.getElementById('accept-key');
  const keyHint = document.getElementById('accept-key-hint');
  const csrf = document.querySelector('input[name="_csrf"]');
  let held = document.getElementById('offers').dataset.held;

  function announce(messages) {
    if (messages.length === 0) {
      return;
    }
    // emptied first, so that the same words said twice are read twice
    announcer.textContent = '';
    window.setTimeout(() => { announcer.textContent = messages.join(' · '); }, 100);
  }

  function holdsFocus(element) {
    return element.contains(document.activeElement);
  }

  function parse(html, id) {
    return new DOMParser().parseFromString(html, 'text/html').getElementById(id);
  }

  async function fragment(url, id) {
    const response = await fetch(url, { headers: { 'Accept': 'text/html' } });
    return response.ok ? parse(await response.text(), id) : null;
  }

  // Brings the children of `current` (each with an id) to those of `next`, in order: a child in both is kept and
  // patched by `patch`, a new one is added, one gone is removed. Returns the ids added.
  function reconcile(current, next, patch, focusAfterRemoval) {
    const added = [];
    const wanted = new Set(Array.from(next.children, child => child.id));
    Array.from(current.children).filter(child => !wanted.has(child.id)).forEach(child => {
      const hadFocus = holdsFocus(child);
      child.remove();
      if (hadFocus) {
        focusAfterRemoval().focus();
      }
    });
    let previous = null;
    Array.from(next.children).forEach(child => {
      let existing = document.getElementById(child.id);
      if (existing && existing.parentElement === current) {
        patch(existing, child);
      } else {
        existing = document.importNode(child, true);
        added.push(child.id);
      }
      const expectedPlace = previous ? previous.nextElementSibling : current.firstElementChild;
      // moved only when out of place: moving an element takes the focus away from what it holds
      if (expectedPlace !== existing) {
        current.insertBefore(existing, expectedPlace);
      }
      previous = existing;
    });
    return added;
  }

  function replaceIfChanged(current, next) {
    if (current.outerHTML !== next.outerHTML && !holdsFocus(current)) {
      current.replaceWith(document.importNode(next, true));
    }
  }

  function patchOffer(current, next) {
    if (current.classList.contains('offer')) {
      current.querySelector('.waited').textContent = next.querySelector('.waited').textContent;
    } else {
      replaceIfChanged(current, next);
    }
  }

  function patchItem(current, next) {
    const announcements = [];
    if (current.dataset.state !== next.dataset.state) {
      announcements.push(next.dataset.announce);
    }
    current.dataset.state = next.dataset.state;
    current.dataset.announce = next.dataset.announce;
    const regions = element => new Map(Array.from(element.querySelectorAll('[data-region]'), region => [region.dataset.region, region]));
    const before = regions(current);
    const after = regions(next);
    before.forEach((region, name) => {
      if (!after.has(name)) {
        const hadFocus = holdsFocus(region);
        region.remove();
        if (hadFocus) {
          current.querySelector('.notes-input').focus();
        }
      } else if (!region.hasAttribute('data-keep')) {
        replaceIfChanged(region, after.get(name));
      }
    });
    after.forEach((region, name) => {
      if (!before.has(name)) {
        const following = region.nextElementSibling && region.nextElementSibling.dataset.region
          ? before.get(region.nextElementSibling.dataset.region) : null;
        document.getElementById(region.parentElement.id).insertBefore(document.importNode(region, true), following || null);
      }
    });
    announce(announcements);
  }

  function ring() {
    try {
      const audio = new AudioContext();
      const tone = audio.createOscillator();
      tone.frequency.value = 880;
      tone.connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.2);
    } catch (e) {
      // no sound available: the title, the badge and the announcement still tell
    }
  }

  async function refreshOffers() {
    const next = await fragment(root.dataset.offers, 'offers');
    if (!next) {
      return;
    }
    const offers = document.getElementById('offers');
    const added = reconcile(offers, next, patchOffer, () => document.getElementById('offers-title'));
    const newOffers = added.map(id => document.getElementById(id)).filter(element => element.classList.contains('offer'));
    const count = offers.querySelectorAll('.offer').length;
    document.title = count > 0 ? '(' + count + ') ' + title : title;
    if (newOffers.length > 0) {
      ring();
      announce(newOffers.map(offer => offer.dataset.announce));
    }
    if (next.dataset.held !== held) {
      held = next.dataset.held;
      offers.dataset.held = held;
      await refreshCurrent();
    }
  }

  async function refreshCurrent() {
    const next = await fragment(root.dataset.current, 'current');
    if (next) {
      const added = reconcile(document.getElementById('current'), next, (current, item) => {
        if (current.classList.contains('current-item')) {
          patchItem(current, item);
        } else {
          replaceIfChanged(current, item);
        }
      }, () => root);
      announce(added.map(id => document.getElementById(id).dataset.announce).filter(Boolean));
    }
  }

  async function refreshQueues() {
    const next = await fragment(root.dataset.queues, 'queues');
    const queues = document.getElementById('queues');
    if (next && queues) {
      replaceIfChanged(queues, next);
    }
  }

  // Wrap-up notes are saved a second after the last key, so that a reload or a second item loses none of them.
  const pending = new Map();
  async function saveDraft(textarea) {
    const form = textarea.form;
    const state = form.querySelector('.draft-state');
    const body = new URLSearchParams({ notes: textarea.value });
    if (csrf) {
      body.append('_csrf', csrf.value);
    }
    try {
      const response = await fetch(form.dataset.draft, { method: 'POST', body: body });
      state.textContent = response.ok ? state.dataset.saved : state.dataset.unsaved;
    } catch (e) {
      state.textContent = state.dataset.unsaved;
    }
  }
  root.addEventListener('input', event => {
    const textarea = event.target.closest('.notes-input');
    if (textarea) {
      const state = textarea.form.querySelector('.draft-state');
      state.textContent = state.dataset.saving;
      window.clearTimeout(pending.get(textarea.id));
      pending.set(textarea.id, window.setTimeout(() => saveDraft(textarea), 1000));
    }
  });

  const events = new EventSource(root.dataset.events);
  events.addEventListener('offers', refreshOffers);
  events.addEventListener('tick', () => { refreshOffers(); refreshQueues(); });
  events.onopen = () => {
    const wasLost = root.dataset.live === 'false';
    liveState.textContent = root.dataset.liveOn;
    liveState.classList.remove('live-lost');
    connectionLost.hidden = true;
    connectionLost.textContent = '';
    root.dataset.live = 'true';
    if (wasLost) {
      // what happened while the connection was down
      refreshOffers();
      refreshCurrent();
    }
  };
  events.onerror = () => {
    liveState.textContent = root.dataset.liveLost;
    liveState.classList.add('live-lost');
    if (connectionLost.hidden) {
      connectionLost.hidden = false;
      // the text is set once shown, so that the alert is read
      connectionLost.textContent = connectionLost.dataset.message;
    }
    root.dataset.live = 'false';
  };

  const KEY_SETTING = 'fidele.workspace.acceptKey';
  function showKeyChoice() {
    keyHint.textContent = keyHint.dataset[{ 'alt-shift-a': 'altShiftA', 'a': 'a', 'off': 'off' }[keyChoice.value]];
  }
  keyChoice.value = window.localStorage.getItem(KEY_SETTING) || 'alt-shift-a';
  showKeyChoice();
  keyChoice.addEventListener('change', () => {
    window.localStorage.setItem(KEY_SETTING, keyChoice.value);
    showKeyChoice();
  });

  function acceptsAnOffer(event) {
    if (event.code !== 'KeyA' || event.ctrlKey || event.metaKey) {
      return false;
    }
    if (keyChoice.value === 'alt-shift-a') {
      return event.altKey && event.shiftKey;
    }
    // the single key only where it cannot be meant for something else
    return keyChoice.value === 'a' && !event.altKey && root.contains(event.target)
      && !event.target.closest('input, textarea, select, a, button, [contenteditable]');
  }
  document.addEventListener('keydown', event => {
    if (acceptsAnOffer(event)) {
      const accept = document.querySelector('#offers .offer .accept');
      if (accept) {
        event.preventDefault();
        accept.click();
      }
    }
  });

  // a reply template fills the reply when it is empty, or follows what is already written
  document.addEventListener('change', event => {
    const choice = event.target.closest('select.reply-template');
    if (!choice || !choice.value) {
      return;
    }
    const reply = document.getElementById(choice.dataset.target);
    reply.value = reply.value.trim() ? reply.value.trimEnd() + '\n\n' + choice.value : choice.value;
    reply.dispatchEvent(new Event('input', { bubbles: true }));
    choice.value = '';
    reply.focus();
  });
}());
