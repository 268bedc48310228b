// The advisor's workspace, live: offers and queue figures follow the server's events without reloading the page.
// A new offer rings and shows in the title; key A accepts the first offer. The contact in progress is reloaded only
// when the items held change, so that notes being typed are never lost.
(function () {
  const root = document.getElementById('workspace');
  if (!root) {
    return;
  }
  const title = document.title;
  let held = document.getElementById('offers').dataset.held;

  function replace(id, html) {
    const next = new DOMParser().parseFromString(html, 'text/html').getElementById(id);
    const current = document.getElementById(id);
    if (next && current) {
      current.replaceWith(next);
    }
    return next;
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
      // no sound available: the title and the badge still show the offer
    }
  }

  function offerCount() {
    return document.querySelectorAll('#offers .offer').length;
  }

  async function refreshOffers() {
    const before = offerCount();
    const response = await fetch(root.dataset.offers, { headers: { 'Accept': 'text/html' } });
    if (!response.ok) {
      return;
    }
    const offers = replace('offers', await response.text());
    const count = offerCount();
    document.title = count > 0 ? '(' + count + ') ' + title : title;
    if (count > before) {
      ring();
    }
    if (offers && offers.dataset.held !== held) {
      held = offers.dataset.held;
      const current = await fetch(root.dataset.current, { headers: { 'Accept': 'text/html' } });
      if (current.ok) {
        replace('current', await current.text());
      }
    }
  }

  async function refreshQueues() {
    const response = await fetch(root.dataset.queues, { headers: { 'Accept': 'text/html' } });
    if (response.ok) {
      replace('queues', await response.text());
    }
  }

  const events = new EventSource(root.dataset.events);
  const state = document.getElementById('live-state');
  events.addEventListener('offers', refreshOffers);
  events.addEventListener('tick', () => { refreshOffers(); refreshQueues(); });
  events.onopen = () => { state.classList.remove('text-danger'); root.dataset.live = 'true'; };
  events.onerror = () => { state.classList.add('text-danger'); root.dataset.live = 'false'; };

  document.addEventListener('keydown', (event) => {
    const typing = event.target.closest('input, textarea, select');
    if (!typing && (event.key === 'a' || event.key === 'A')) {
      const accept = document.querySelector('#offers .offer .accept');
      if (accept) {
        accept.click();
      }
    }
  });
}());
