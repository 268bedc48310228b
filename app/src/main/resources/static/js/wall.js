// The supervisor's wall, live: the panel is reloaded on each server event, unless a move is being typed in it.
(function () {
  const root = document.getElementById('wall');
  if (!root) {
    return;
  }
  async function refresh() {
    const panel = document.getElementById('panel');
    if (panel.contains(document.activeElement) && document.activeElement.closest('form')) {
      return;
    }
    const response = await fetch(root.dataset.panel, { headers: { 'Accept': 'text/html' } });
    if (response.ok) {
      const next = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById('panel');
      if (next) {
        panel.replaceWith(next);
      }
    }
  }
  const events = new EventSource(root.dataset.events);
  events.addEventListener('offers', refresh);
  events.addEventListener('tick', refresh);
}());
