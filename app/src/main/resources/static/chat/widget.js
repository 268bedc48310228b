// Fidèle's chat widget, for the company's site, in one tag:
//   <script src="https://fidele.example.fr/chat/widget.js" data-widget="KEY" async></script>
// with, for a customer signed in on the site, data-reference="C-12345" data-signature="t=...,v1=..." (made by the
// site's server with the widget's identity secret: docs/chat.md). It adds a button and, when pressed, a frame served
// by Fidèle; the customer's identity goes to the frame in its address's fragment, which no server and no log sees.
// The page's language (its lang attribute) chooses French or English. Nothing else of the page is read.
(function () {
  const script = document.currentScript;
  if (!script || !script.dataset.widget) {
    return;
  }
  const base = new URL(script.src).origin;
  const lang = (document.documentElement.lang || 'fr').toLowerCase().startsWith('en') ? 'en' : 'fr';
  const labels = { fr: { open: 'Discuter avec nous', close: 'Fermer la discussion', frame: 'Discussion avec le service client' },
    en: { open: 'Chat with us', close: 'Close the chat', frame: 'Chat with customer service' } }[lang];

  const button = document.createElement('button');
  button.type = 'button';
  button.id = 'fidele-chat-button';
  button.textContent = labels.open;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'fidele-chat-frame');
  button.style.cssText = 'position:fixed;right:1rem;bottom:1rem;z-index:2147483000;padding:.6rem 1rem;border:0;border-radius:1.5rem;'
    + 'background:#0d6efd;color:#fff;font:inherit;font-weight:600;cursor:pointer';

  let frame = null;
  function show(open) {
    if (open && !frame) {
      frame = document.createElement('iframe');
      frame.id = 'fidele-chat-frame';
      frame.title = labels.frame;
      const fragment = new URLSearchParams();
      if (script.dataset.reference && script.dataset.signature) {
        fragment.set('reference', script.dataset.reference);
        fragment.set('signature', script.dataset.signature);
      }
      frame.src = base + '/chat/' + encodeURIComponent(script.dataset.widget) + '/frame?lang=' + lang + '#' + fragment.toString();
      frame.style.cssText = 'position:fixed;right:1rem;bottom:4.5rem;z-index:2147483000;width:min(24rem,calc(100vw - 2rem));'
        + 'height:min(36rem,calc(100vh - 6rem));border:1px solid #ccc;border-radius:.5rem;background:#fff;box-shadow:0 .5rem 1.5rem rgba(0,0,0,.2)';
      document.body.appendChild(frame);
    }
    if (frame) {
      frame.hidden = !open;
    }
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? labels.close : labels.open;
    if (open) {
      frame.focus();
    }
  }
  button.addEventListener('click', () => show(button.getAttribute('aria-expanded') !== 'true'));
  // Escape inside the frame closes it and gives the focus back to the button
  window.addEventListener('message', event => {
    if (event.origin === base && event.data === 'fidele-chat-close') {
      show(false);
      button.focus();
    }
  });
  document.body.appendChild(button);
}());
