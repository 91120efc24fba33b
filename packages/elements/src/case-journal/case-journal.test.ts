import { expect } from '@open-wc/testing';
import type { CaseDetail } from '@comptoir/contract';
import { generateCases } from '@comptoir/contract/fixtures';
import './case-journal.js';
import type { CaseJournal } from './case-journal.component.js';
import { chooseExport, downloads, json, problem, shadowText, stateOf, stubFetch, until, mount } from '../../test/helpers.js';
import { createCasesFake } from '../../test/cases-fake.js';
import { clearCache } from '../runtime/api-client.js';

const sample = (): CaseDetail[] => {
  const cases = generateCases(3, 40, '2026-11-22', 'librairie-du-centre.fr');
  cases[0] = {
    ...cases[0]!,
    id: '2749301158',
    createdAt: '2026-11-21T09:30:00+01:00',
    status: 'needs-attention',
    primaryEmail: 'commandes@librairie-du-centre.fr',
    shortDescription: 'Colis abîmé à la livraison',
    cc: ['compta@librairie-du-centre.fr'],
    messages: [
      {
        id: 'a',
        at: '2026-11-20T09:30:00+01:00',
        from: 'customer',
        author: 'commandes@librairie-du-centre.fr',
        subject: 'Colis abîmé',
        text: 'Bonjour,\nle colis est arrivé abîmé.',
        attachments: [],
      },
      {
        id: 'b',
        at: '2026-11-21T09:30:00+01:00',
        from: 'support',
        author: 'Service clients',
        subject: 'RE: Colis abîmé',
        text: 'Merci d’envoyer une photo.',
        attachments: [],
      },
    ],
  };
  return cases;
};

const journal = (fetch: typeof globalThis.fetch, setup: (el: CaseJournal) => void = () => undefined) =>
  mount('case-journal', '/api/cases', fetch, setup);

const settled = (el: CaseJournal) => until(() => stateOf(el) !== 'loading' && !el.hasAttribute('loading'), 4000, 'data');
const opened = (el: CaseJournal) => until(() => el.shadowRoot!.querySelector('dl.summary') !== null, 4000, 'detail');
const $ = <T extends Element = HTMLElement>(el: CaseJournal, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const type = async (el: CaseJournal, selector: string, value: string) => {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
};
const attach = async (el: CaseJournal, ...files: File[]) => {
  const input = $<HTMLInputElement>(el, '#reply-files');
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
};
const pdf = (name: string, size = 1000) => new File([new Uint8Array(size).fill(37)], name, { type: 'application/pdf' });

afterEach(() => {
  document.querySelectorAll('case-journal').forEach((el) => el.remove());
  clearCache();
});

describe('<case-journal>: the log', () => {
  it('shows each state: loading while the first page comes, then empty, empty after filters with a way out, refreshing', async () => {
    let answer!: (response: Response) => void;
    const asked: URL[] = [];
    const fetchStub = stubFetch((url) => {
      asked.push(url);
      return new Promise<Response>((resolve) => (answer = resolve));
    });
    const el = await journal(fetchStub);
    // Loading: a skeleton announced to screen readers, and the element says it is busy.
    await until(() => stateOf(el) === 'loading' && asked.length === 1);
    expect(el.hasAttribute('loading')).to.equal(true);
    expect($(el, '[data-state="loading"]').getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
    answer(json({ items: [], total: 0, page: 1, pageSize: 25 }));
    await until(() => stateOf(el) === 'empty');
    expect(shadowText(el)).to.contain('Aucun cas pour l’instant.');
    expect(el.shadowRoot!.querySelector('[data-state="empty"] button'), 'no filter to clear').to.equal(null);
    // Filtered: the same empty answer says so, and offers to clear the filters.
    const status = $<HTMLSelectElement>(el, '#status');
    status.value = 'resolved';
    status.dispatchEvent(new Event('change'));
    await until(() => asked.length === 2);
    // While the new page comes, the previous answer stays, marked as refreshing.
    await until(() => el.hasAttribute('loading'));
    expect(shadowText(el)).to.contain('Mise à jour');
    answer(json({ items: [], total: 0, page: 1, pageSize: 25 }));
    await until(() => shadowText(el).includes('Aucun élément ne correspond à ces filtres.'));
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[data-state="empty"] button').click();
    await until(() => asked.length === 3);
    expect(asked[2]!.searchParams.has('status')).to.equal(false);
    expect(el.getAttribute('status')).to.equal('');
    answer(json({ items: [], total: 0, page: 1, pageSize: 25 }));
    await until(() => !el.hasAttribute('loading'));
  });

  it('lists the cases with the portal’s columns, newest first, accessibly', async () => {
    const el = await journal(createCasesFake({ initial: sample() }).fetch);
    await settled(el);
    const headers = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼↕\s]+/g, ' ').trim());
    expect(headers.slice(0, 5)).to.deep.equal(['Création d’un cas', 'ID du cas', 'État du cas', 'E-mail principal', 'Courte description']);
    expect($(el, '.count').textContent).to.equal('40 éléments');
    expect($(el, 'tbody tr').textContent)
      .to.contain('2749301158')
      .and.contain('Exige de l’attention')
      .and.contain('Colis abîmé à la livraison');
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(25);
    await expect(el).to.be.accessible();
  });

  it('sends search, status, period, sort and page, and reflects them', async () => {
    const fake = createCasesFake({ initial: sample() });
    const fetchStub = stubFetch(fake.handler);
    const el = await journal(fetchStub);
    await settled(el);
    $<HTMLSelectElement>(el, '#status').value = 'resolved';
    $(el, '#status').dispatchEvent(new Event('change'));
    $<HTMLInputElement>(el, '#from').value = '2026-08-01';
    $(el, '#from').dispatchEvent(new Event('change'));
    $<HTMLInputElement>(el, '#to').value = '2026-11-22';
    $(el, '#to').dispatchEvent(new Event('change'));
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'th[data-column="id"] button').click();
    await el.updateComplete;
    await settled(el);
    const last = Object.fromEntries(fetchStub.calls.at(-1)!.url.searchParams);
    expect(last).to.deep.equal({ status: 'resolved', from: '2026-08-01', to: '2026-11-22', sort: 'id', page: '1', pageSize: '25' });
    expect(el.getAttribute('from')).to.equal('2026-08-01');
    expect($(el, 'th[data-column="id"]').getAttribute('aria-sort')).to.equal('ascending');
  });

  it('says so when the period starts after it ends, on the fields and instead of "nothing matches"', async () => {
    const fake = createCasesFake({ initial: sample() });
    const el = await journal(stubFetch(fake.handler), (element) => {
      element.setAttribute('from', '2026-11-01');
      element.setAttribute('to', '2026-09-01');
    });
    await until(() => el.shadowRoot!.querySelector('[data-state="empty"]') !== null);
    const message = 'La date de début est après la date de fin : inversez-les ou corrigez l’une d’elles.';
    expect($(el, '[data-state="empty"]').textContent).to.contain(message).and.not.contain('Aucun élément ne correspond');
    for (const id of ['#from', '#to']) {
      expect($(el, id).getAttribute('aria-invalid')).to.equal('true');
      expect($(el, id).getAttribute('aria-describedby')).to.equal('period-error');
    }
    expect($(el, '#period-error').textContent).to.equal(message);
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#to').value = '2026-11-22';
    $(el, '#to').dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#period-error')).to.equal(null);
    expect($(el, '#from').hasAttribute('aria-invalid')).to.equal(false);
  });

  it('exports every case of the filter, from every page, with the summary fields and what each is about', async () => {
    const cases = sample();
    cases[0] = { ...cases[0]!, category: 'planned-maintenance', orderRef: '41KL01G10E', serialNumber: 'SN-110042' };
    const el = await journal(createCasesFake({ initial: cases }).fetch);
    await settled(el);
    const [blob] = await downloads(() => chooseExport(el, 'csv'));
    const csv = (await blob!.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(csv).to.have.length(41);
    expect(csv[0]).to.equal(
      'Création d’un cas;ID du cas;État du cas;E-mail principal;Courte description;Objet;Commande concernée;N° de série de l’instrument',
    );
    // Eight fields a line: no copies, no message.
    expect(csv.every((line) => line.split(';').length === 8)).to.equal(true);
    expect(csv.some((line) => line.endsWith(';Maintenance planifiée;41KL01G10E;SN-110042'))).to.equal(true);
    expect(csv.filter((line) => line.endsWith(';Autre question;;')).length).to.be.greaterThan(0);
  });

  it('shows an error with Retry, names a malformed answer, and renders XSS as text', async () => {
    let answer: () => Response = () => problem(500, 'Internal Server Error');
    const el = await journal(stubFetch(() => answer()));
    await settled(el);
    expect(stateOf(el)).to.equal('error');
    await expect(el).to.be.accessible();
    answer = () => json({ items: [{ id: 3 }], total: 1, page: 1, pageSize: 25 });
    $<HTMLButtonElement>(el, '[data-state="error"] button').click();
    await until(() => shadowText(el).includes('n’a pas la forme attendue'));
    const payload = '<img src=x onerror="window.__xss=1">';
    answer = () =>
      json({
        items: [{ ...sample()[0]!, shortDescription: payload, primaryEmail: payload, cc: undefined, messages: undefined }],
        total: 1,
        page: 1,
        pageSize: 25,
      });
    $<HTMLButtonElement>(el, '[data-state="error"] button').click();
    await until(() => shadowText(el).includes(payload));
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });
});

describe('<case-journal>: a case', () => {
  it('opens a case: summary with copies, history newest first (the newest unfolded), focus on its title; Back returns', async () => {
    const el = await journal(createCasesFake({ initial: sample() }).fetch);
    await settled(el);
    const events: string[] = [];
    el.addEventListener('case-open', (e) => events.push(e.detail.case.id));
    $<HTMLButtonElement>(el, 'button[data-open="2749301158"]').click();
    await opened(el);
    expect(events).to.deep.equal(['2749301158']);
    expect(el.getAttribute('case')).to.equal('2749301158');
    await until(() => el.shadowRoot!.activeElement?.id === 'detail-title');
    expect($(el, 'dl.summary').textContent).to.contain('compta@librairie-du-centre.fr').and.contain('Le cas exige que vous agissiez');
    const messages = [...el.shadowRoot!.querySelectorAll<HTMLDetailsElement>('ol.history details')];
    // Times in the reader's time zone.
    const at = (iso: string) => new Intl.DateTimeFormat('fr', { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
    expect(messages.map((d) => d.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      `${at('2026-11-21T09:30:00+01:00')} Support RE: Colis abîmé`,
      `${at('2026-11-20T09:30:00+01:00')} Vous Colis abîmé`,
    ]);
    expect(messages.map((d) => d.open)).to.deep.equal([true, false]);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, 'button[part~="back"]').click();
    await until(() => el.shadowRoot!.activeElement?.getAttribute('data-open') === '2749301158');
  });

  it('edits the owner, copies and subject; refuses a bad address inline; keeps the form when the server refuses', async () => {
    const fake = createCasesFake({ initial: sample() });
    const el = await journal(fake.fetch, (e) => (e.caseId = '2749301158'));
    await opened(el);
    $<HTMLButtonElement>(el, 'button[part~="edit"]').click();
    await el.updateComplete;
    await type(el, '#edit-cc', 'compta@librairie-du-centre.fr, pas-une-adresse');
    $<HTMLFormElement>(el, 'form[aria-labelledby="edit-title"]').requestSubmit();
    await el.updateComplete;
    expect($(el, '#edit-cc').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#edit-cc-error').textContent).to.equal('« pas-une-adresse » n’est pas une adresse e-mail.');
    expect(fake.received).to.have.length(0);
    await expect(el).to.be.accessible();
    await type(el, '#edit-cc', 'compta@librairie-du-centre.fr\ndirection@librairie-du-centre.fr');
    fake.fail.PATCH = () => problem(503, 'Service Unavailable', { detail: 'Maintenance.' });
    $<HTMLFormElement>(el, 'form[aria-labelledby="edit-title"]').requestSubmit();
    await until(() => el.shadowRoot!.querySelector('[role="alert"]') !== null);
    // A problem without a code: the element's own sentence for the status, not the server's detail.
    expect($(el, '[role="alert"]').textContent)
      .to.contain('Le serveur a rencontré un problème.')
      .and.contain('Vos saisies sont conservées')
      .and.not.contain('Maintenance.');
    expect($<HTMLTextAreaElement>(el, '#edit-cc').value).to.equal('compta@librairie-du-centre.fr\ndirection@librairie-du-centre.fr');
    delete fake.fail.PATCH;
    $<HTMLFormElement>(el, 'form[aria-labelledby="edit-title"]').requestSubmit();
    await until(() => $(el, 'dl.summary').textContent!.includes('direction@librairie-du-centre.fr'));
    expect(fake.received.at(-1)!.body).to.deep.equal({
      primaryEmail: 'commandes@librairie-du-centre.fr',
      cc: ['compta@librairie-du-centre.fr', 'direction@librairie-du-centre.fr'],
      shortDescription: 'Colis abîmé à la livraison',
    });
  });

  it('attaches at most 3 files of the accepted kinds and sizes, keeps text and files when sending fails, then sends', async () => {
    const fake = createCasesFake({ initial: sample() });
    const el = await journal(fake.fetch, (e) => (e.caseId = '2749301158'));
    await opened(el);
    await type(el, '#reply-text', 'Voici les photos.');
    await attach(
      el,
      pdf('bon.pdf'),
      new File(['MZ'], 'virus.exe'),
      new File([], 'vide.txt'),
      new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'gros.pdf'),
    );
    expect([...el.shadowRoot!.querySelectorAll('ul.files li')].map((li) => li.firstElementChild!.textContent)).to.deep.equal(['bon.pdf']);
    // Sizes in the reader's unit: "ko" in French, "KB" in English.
    expect($(el, 'ul.files li .hint').textContent).to.equal('1 ko');
    el.lang = 'en';
    await el.updateComplete;
    expect($(el, 'ul.files li .hint').textContent).to.equal('1 KB');
    el.lang = 'fr';
    await el.updateComplete;
    expect($(el, '#reply-files-error').textContent)
      .to.contain('virus.exe')
      .and.contain('vide.txt est vide')
      .and.contain('gros.pdf dépasse 5 Mo');
    await attach(el, pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf'));
    expect(el.shadowRoot!.querySelectorAll('ul.files li')).to.have.length(3);
    expect($(el, '#reply-files-error').textContent).to.equal('3 pièces jointes au plus.');
    expect($<HTMLInputElement>(el, '#reply-files').disabled).to.equal(true);
    await expect(el).to.be.accessible();
    // The server refuses a file by its content: its code and params, in the reader's language.
    fake.fail.POST = () =>
      problem(400, 'Invalid attachment', {
        code: 'attachment-content',
        params: { name: 'bon.pdf', extension: 'pdf' },
        detail: '"bon.pdf": the content is not a pdf file',
        errors: [{ path: 'body.files.0', message: 'the content is not a pdf file' }],
      });
    $<HTMLFormElement>(el, 'form[aria-labelledby="write-title"]').requestSubmit();
    await until(
      () =>
        el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.includes('Votre texte et vos pièces jointes sont conservés') ?? false,
    );
    expect($(el, '[role="alert"]').textContent)
      .to.contain('Le message n’est pas parti : « bon.pdf » n’est pas un vrai fichier PDF.')
      .and.not.contain('the content');
    expect($<HTMLTextAreaElement>(el, '#reply-text').value).to.equal('Voici les photos.');
    expect(el.shadowRoot!.querySelectorAll('ul.files li')).to.have.length(3);
    delete fake.fail.POST;
    const sent: string[] = [];
    el.addEventListener('case-send', (e) => sent.push(e.detail.message.text));
    $<HTMLFormElement>(el, 'form[aria-labelledby="write-title"]').requestSubmit();
    await until(() => sent.length === 1);
    const form = fake.received.at(-1)!.body as FormData;
    expect(form.get('text')).to.equal('Voici les photos.');
    expect((form.getAll('files') as File[]).map((f) => f.name)).to.deep.equal(['bon.pdf', 'a.pdf', 'b.pdf']);
    await until(() => el.shadowRoot!.querySelectorAll('ol.history details').length === 3);
    expect($<HTMLTextAreaElement>(el, '#reply-text').value).to.equal('');
    expect(el.shadowRoot!.querySelectorAll('ul.files li')).to.have.length(0);
    // The new message is the newest, with its attachments, which download with the element's fetch.
    const attachments = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('ol.history li:first-child button[part~="attachment"]')];
    expect(attachments.map((b) => b.textContent!.trim())).to.deep.equal(['bon.pdf', 'a.pdf', 'b.pdf']);
    const [blob] = await downloads(() => attachments[0]!.click());
    expect(blob!.size).to.equal(1000);
  });

  it('keeps a reply being written when the user looks at another case and comes back', async () => {
    const el = await journal(createCasesFake({ initial: sample() }).fetch, (e) => (e.caseId = '2749301158'));
    await opened(el);
    await type(el, '#reply-text', 'Brouillon important');
    await attach(el, pdf('photo.pdf'));
    const other = sample()[1]!;
    el.caseId = other.id;
    await until(() => el.shadowRoot!.querySelector('dl.summary')?.textContent?.includes(other.id) ?? false);
    expect($<HTMLTextAreaElement>(el, '#reply-text').value).to.equal('');
    el.caseId = '2749301158';
    await until(() => el.shadowRoot!.querySelector('dl.summary')?.textContent?.includes('2749301158') ?? false);
    expect($<HTMLTextAreaElement>(el, '#reply-text').value).to.equal('Brouillon important');
    expect(el.shadowRoot!.querySelectorAll('ul.files li')).to.have.length(1);
  });

  it('shows the last message first when messages share a time', async () => {
    const cases = sample();
    const at = '2026-11-21T09:30:00+01:00';
    cases[0] = { ...cases[0]!, messages: cases[0]!.messages.map((m, i) => ({ ...m, at, subject: `message ${i + 1}` })) };
    const el = await journal(createCasesFake({ initial: cases }).fetch, (e) => (e.caseId = '2749301158'));
    await opened(el);
    const subjects = [...el.shadowRoot!.querySelectorAll('ol.history summary span:last-child')].map((s) => s.textContent);
    expect(subjects).to.deep.equal(['message 2', 'message 1']);
  });

  it('shows an unknown case as an error with a way back', async () => {
    const el = await journal(createCasesFake({ initial: sample() }).fetch, (e) => (e.caseId = 'nope'));
    await until(() => stateOf(el) === 'error');
    expect(shadowText(el)).to.contain('Retour au journal');
    await expect(el).to.be.accessible();
  });
});

describe('<case-journal>: a new case', () => {
  it('never leaves focus on the page: New case, Back, Edit, Cancel and Save each move it where the user goes on', async () => {
    const fake = createCasesFake({ initial: sample() });
    const el = await journal(fake.fetch);
    await settled(el);
    const focused = (selector: string) => until(() => el.shadowRoot!.activeElement?.matches(selector) === true, 4000, selector);
    $<HTMLButtonElement>(el, 'button[part~="new"]').click();
    await focused('#new-title');
    $<HTMLButtonElement>(el, 'button[part~="back"]').click();
    await focused('button[part~="new"]');
    el.caseId = '2749301158';
    await opened(el);
    $<HTMLButtonElement>(el, 'button[part~="edit"]').click();
    await focused('#edit-primaryEmail');
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('form[aria-labelledby="edit-title"] button')].at(-1)!.click();
    await focused('button[part~="edit"]');
    $<HTMLButtonElement>(el, 'button[part~="edit"]').click();
    await focused('#edit-primaryEmail');
    $<HTMLFormElement>(el, 'form[aria-labelledby="edit-title"]').requestSubmit();
    await focused('button[part~="edit"]');
    expect(document.activeElement).to.equal(el);
  });

  it('checks the form, then creates the case and opens it', async () => {
    const fake = createCasesFake({ initial: sample() });
    const el = await journal(fake.fetch);
    await settled(el);
    $<HTMLButtonElement>(el, 'button[part~="new"]').click();
    // The forms load with the first new case or opened case.
    await until(() => el.shadowRoot!.querySelector('#new-primaryEmail') !== null);
    await type(el, '#new-primaryEmail', 'librairie@');
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await el.updateComplete;
    expect($(el, '#new-primaryEmail-error').textContent).to.equal('« librairie@ » n’est pas une adresse e-mail.');
    expect($(el, '#new-shortDescription-error').textContent).to.equal('Courte description est obligatoire.');
    expect($(el, '#new-text-error').textContent).to.equal('Message est obligatoire.');
    expect(fake.received).to.have.length(0);
    await expect(el).to.be.accessible();
    await type(el, '#new-primaryEmail', 'librairie@librairie-du-centre.fr');
    await type(el, '#new-shortDescription', 'Facture en double');
    await type(el, '#new-text', 'La facture 123 a été envoyée deux fois.');
    const created: string[] = [];
    el.addEventListener('case-create', (e) => created.push(e.detail.case.id));
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await opened(el);
    expect(created).to.have.length(1);
    expect(el.getAttribute('case')).to.equal(created[0]);
    expect($(el, 'dl.summary').textContent).to.contain('Facture en double').and.contain('En attente d’une réponse');
  });
});

describe('<case-journal>: a case about an order or an instrument', () => {
  it('opens the new case form prefilled (startNewCase), keeps what was typed, and sends topic, order and instrument', async () => {
    const fake = createCasesFake({ initial: sample() });
    const el = await journal(fake.fetch);
    await settled(el);
    el.startNewCase();
    await until(() => el.shadowRoot!.querySelector('#new-primaryEmail') !== null);
    await type(el, '#new-primaryEmail', 'librairie@librairie-du-centre.fr');
    el.startNewCase({
      category: 'planned-maintenance',
      orderRef: '41KL01G10E',
      serialNumber: 'SN-110042',
      shortDescription: 'À propos de la commande 41KL01G10E',
    });
    await el.updateComplete;
    await until(() => el.shadowRoot!.activeElement?.id === 'new-title');
    expect($<HTMLInputElement>(el, '#new-primaryEmail').value).to.equal('librairie@librairie-du-centre.fr');
    expect($<HTMLInputElement>(el, '#new-orderRef').value).to.equal('41KL01G10E');
    expect($<HTMLInputElement>(el, '#new-serialNumber').value).to.equal('SN-110042');
    expect($<HTMLInputElement>(el, '#new-shortDescription').value).to.equal('À propos de la commande 41KL01G10E');
    const category = $<HTMLSelectElement>(el, '#new-category');
    expect(category.selectedOptions[0]!.textContent!.trim()).to.equal('Maintenance planifiée');
    await expect(el).to.be.accessible();
    category.value = 'software-update';
    category.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await type(el, '#new-text', 'La douchette doit passer en version 4.2.');
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await opened(el);
    expect(fake.received.at(-1)!.body).to.deep.include({ category: 'software-update', orderRef: '41KL01G10E', serialNumber: 'SN-110042' });
    const summary = $(el, 'dl.summary').textContent!.replace(/\s+/g, ' ');
    expect(summary)
      .to.contain('Mise à jour logiciel')
      .and.contain('Commande concernée 41KL01G10E')
      .and.contain('N° de série de l’instrument SN-110042');
    await expect(el).to.be.accessible();
  });
});

describe('<case-journal>: dark theme', () => {
  it('is accessible in the dark theme, log and case', async () => {
    const el = await journal(createCasesFake({ initial: sample() }).fetch, (e) => (e.theme = 'dark'));
    await settled(el);
    await expect(el).to.be.accessible();
    el.caseId = '2749301158';
    await opened(el);
    await expect(el).to.be.accessible();
  });
});

describe('<case-journal>: English', () => {
  it('reads naturally in English', async () => {
    const el = await journal(createCasesFake({ initial: sample() }).fetch, (e) => {
      e.lang = 'en';
      e.caseId = '2749301158';
    });
    await opened(el);
    expect($(el, 'dl.summary').textContent).to.contain('Needs your attention').and.contain('Primary e-mail');
    const at = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2026-11-21T09:30:00+01:00'));
    expect($(el, 'ol.history summary').textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${at} Support RE: Colis abîmé`);
  });

  it('loads the forms’ terms with the forms, in the language it shows, and in another one chosen later', async () => {
    const el = await journal(createCasesFake({ initial: sample() }).fetch, (e) => (e.caseId = '2749301158'));
    await opened(el);
    expect(el.shadowRoot!.textContent).to.contain('Écrire au support');
    el.lang = 'de';
    await until(() => el.shadowRoot!.textContent!.includes('An den Support schreiben'), 3000, 'German forms');
    // A language nobody ships falls back to English, forms included: never a raw key.
    el.lang = 'es';
    await until(() => el.shadowRoot!.textContent!.includes('Write to support'), 3000, 'English forms');
    expect(el.shadowRoot!.textContent).not.to.match(/case[A-Z]\w+/);
  });
});
