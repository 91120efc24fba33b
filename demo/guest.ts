// The guest's page: a dossier opened without the account's sign-in, by the link of an e-mail
// (`suivi.html#order=…&access=…`) or by a look-up. The token rides in the address's fragment, which the browser never
// sends to a server (nor in a Referer): no log holds it. A look-up's access is written there too, so a reload keeps it.
import '@comptoir/elements/order-timeline';

const timeline = document.querySelector('order-timeline');
const fragment = new URLSearchParams(location.hash.slice(1));
if (timeline && fragment.get('access') && fragment.get('order')) {
  timeline.accessToken = fragment.get('access')!;
  timeline.order = fragment.get('order')!;
}
timeline?.addEventListener('guest-access', (event) => {
  const { token, order } = event.detail.access;
  history.replaceState(null, '', `${location.pathname}#${new URLSearchParams({ order, access: token })}`);
});
