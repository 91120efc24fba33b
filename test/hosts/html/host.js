// The page's own script, as a CMS page would have: it loads the elements and hands them the token in one go (so the
// first request already carries it), then wires a filter button and the element's event.
import { configure } from '/cdn/comptoir.js';

configure({ headers: { Authorization: 'Bearer host-token' } });
const table = document.querySelector('backorder-table');
document.querySelector('#only-available').addEventListener('click', () => {
  table.status = table.status ? '' : 'available';
});
table.addEventListener('backorder-select', (event) => {
  document.querySelector('#selected').textContent = event.detail.line.title;
});
