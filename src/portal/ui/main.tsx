/** @jsxImportSource preact */
// Entry of the portal page (`/portaal#<token>`, src/web/portaal.html). Preact only, no React. The
// token is read from the address and removed from it at once, so it is not left on screen (nor in
// the history); a reload then continues with the open session, if any.
import './portaal.css';
import { render } from 'preact';
import { tokenFromHash } from '../../video/client/helpers';
import { App } from './App';

const token = tokenFromHash(location.hash);
// A new link starts afresh; a reload without one keeps the open appointment (history state).
if (location.hash) history.replaceState(token ? null : history.state, '', `${location.pathname}${location.search}`);

// A new link pasted into the same tab: start again with it.
window.addEventListener('hashchange', () => {
  if (tokenFromHash(location.hash)) location.reload();
});

const root = document.getElementById('app');
if (root) {
  root.replaceChildren();
  render(<App token={token} />, root);
}
