// Fieldwork page of a survey: answers save themselves (htmx, see requirements/surveys/question.html). This file
// keeps what was typed safe when the Wi-Fi drops: every change is copied to localStorage until the server has it,
// a failed save is retried when the connection returns, and a reload restores what was not saved yet. It also
// shows and hides questions whose "ask only if" condition depends on an answer on this page.
(function () {
    'use strict';

    const page = document.getElementById('fieldwork');
    if (!page) {
        return;
    }
    const OUTCOME_HEADER = 'X-Survey-Answer';
    const RETRY_EVERY_MS = 5000;
    const surveyId = page.dataset.survey;
    const failed = new Set();
    let retryTimer = null;

    const forms = () => Array.from(page.querySelectorAll('form.answer-form[hx-post]'));
    const isAnswerForm = (elt) => elt instanceof HTMLFormElement && elt.matches('form.answer-form[hx-post]');

    // ---- what a form holds ----------------------------------------------------------------------------------

    /** The form's answer fields (everything but the version), in document order. */
    function entries(form) {
        const result = [];
        new FormData(form).forEach((value, name) => {
            if (name !== 'version') {
                result.push([name, String(value)]);
            }
        });
        return result;
    }

    const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
    const versionInput = (form) => form.querySelector('input[name=version]');

    function apply(form, saved) {
        const values = {};
        saved.forEach(([name, value]) => (values[name] = values[name] || []).push(value));
        form.querySelectorAll('input[name], textarea[name]').forEach((input) => {
            if (input.name === 'version') {
                return;
            }
            const list = values[input.name] || [];
            if (input.type === 'radio' || input.type === 'checkbox') {
                input.checked = list.includes(input.value);
            } else if (input.name === 'cell') {
                const cells = Array.from(form.querySelectorAll('[name=cell]'));
                input.value = list[cells.indexOf(input)] || '';
            } else {
                input.value = list[0] || '';
            }
        });
        const note = form.querySelector('textarea[name=note]');
        if (note && note.value) {
            note.closest('details').open = true;
        }
    }

    // ---- drafts: what was typed, kept on this device until the server has it ---------------------------------

    function storeDraft(form) {
        try {
            localStorage.setItem(form.dataset.draftKey, JSON.stringify({
                version: versionInput(form).value,
                entries: entries(form),
                code: form.dataset.code,
                section: form.dataset.section,
                at: Date.now()
            }));
        } catch (e) {
            // Storage full or disabled: the page still saves; only the reload safety net is missing.
        }
    }

    function readDraft(key) {
        try {
            return JSON.parse(localStorage.getItem(key));
        } catch (e) {
            return null;
        }
    }

    function dropDraft(form) {
        try {
            localStorage.removeItem(form.dataset.draftKey);
        } catch (e) {
            // Nothing to drop.
        }
    }

    /** After a reload: put back what was typed but never saved, and save it (a conflict is shown if needed). */
    function restoreDrafts() {
        forms().forEach((form) => {
            const draft = readDraft(form.dataset.draftKey);
            if (!draft) {
                return;
            }
            if (same(draft.entries, entries(form))) {
                dropDraft(form);
                return;
            }
            apply(form, draft.entries);
            versionInput(form).value = draft.version;
            status(form, page.dataset.msgUnsaved, 'text-warning-emphasis');
            retry(form);
        });
        showDraftsElsewhere();
    }

    /** Answers typed on another section of this survey and not saved yet: say where they are. */
    function showDraftsElsewhere() {
        const box = document.getElementById('drafts-elsewhere');
        const prefix = 'luodi.survey.' + surveyId + '.';
        const here = new Set(forms().map((f) => f.dataset.draftKey));
        const elsewhere = [];
        for (let i = 0; i < localStorage.length; i++) {
            const key = localStorage.key(i);
            if (key && key.startsWith(prefix) && !here.has(key)) {
                const draft = readDraft(key);
                if (draft && draft.section) {
                    elsewhere.push(draft);
                }
            }
        }
        box.replaceChildren();
        box.hidden = elsewhere.length === 0;
        if (elsewhere.length === 0) {
            return;
        }
        box.append(page.dataset.msgElsewhere + ' ');
        elsewhere.sort((a, b) => a.section - b.section).forEach((draft, index) => {
            const link = document.createElement('a');
            link.href = location.pathname.replace(/\/sections\/\d+$/, '/sections/' + draft.section);
            link.textContent = draft.code;
            if (index > 0) {
                box.append(', ');
            }
            box.append(link);
        });
    }

    // ---- state shown to the consultant -------------------------------------------------------------------------

    function status(form, text, tone) {
        const element = form.querySelector('.answer-status');
        if (!element) {
            return;
        }
        const span = document.createElement('span');
        span.className = tone;
        span.textContent = text;
        element.replaceChildren(span);
    }

    function banner() {
        const box = document.getElementById('connection-banner');
        const message = document.getElementById('connection-message');
        if (failed.size > 0) {
            box.classList.replace('alert-success', 'alert-danger');
            box.hidden = false;
            message.textContent = page.dataset.msgOffline;
        } else if (!box.hidden && box.classList.contains('alert-danger')) {
            box.classList.replace('alert-danger', 'alert-success');
            message.textContent = page.dataset.msgRestored;
            setTimeout(() => {
                if (failed.size === 0) {
                    box.hidden = true;
                }
            }, 6000);
        }
    }

    function markFailed(form, text, retryable) {
        status(form, text, 'text-danger');
        if (retryable) {
            failed.add(form);
            scheduleRetries();
        }
        banner();
    }

    function markInvalid(form, invalid) {
        form.querySelectorAll('[name=value], [name=cell]').forEach((input) => {
            input.classList.toggle('is-invalid', invalid && input.type !== 'radio');
            if (invalid) {
                input.setAttribute('aria-invalid', 'true');
            } else {
                input.removeAttribute('aria-invalid');
            }
        });
    }

    // ---- retrying --------------------------------------------------------------------------------------------

    function retry(form) {
        if (document.body.contains(form)) {
            htmx.trigger(form, 'retry');
        }
    }

    function retryFailed() {
        Array.from(failed).forEach(retry);
    }

    function scheduleRetries() {
        if (retryTimer === null) {
            retryTimer = setInterval(() => {
                if (failed.size === 0) {
                    clearInterval(retryTimer);
                    retryTimer = null;
                } else if (navigator.onLine !== false) {
                    retryFailed();
                }
            }, RETRY_EVERY_MS);
        }
    }

    window.addEventListener('online', retryFailed);
    window.addEventListener('offline', () => {
        if (failed.size > 0) {
            banner();
        }
    });

    // ---- conditions ------------------------------------------------------------------------------------------

    /** Shows the questions whose condition names an answer on this page as soon as that answer is given. */
    function applyConditions() {
        page.querySelectorAll('.survey-question[data-ask-if-code]').forEach((question) => {
            const condition = page.querySelector('.survey-question[data-code="' + CSS.escape(question.dataset.askIfCode) + '"]');
            if (!condition) {
                return; // Asked on another section: the server decided when it rendered the page.
            }
            const chosen = Array.from(condition.querySelectorAll('input[name=value]:checked, input[name=choice]:checked'))
                .map((input) => input.value);
            question.hidden = condition.hidden || !chosen.includes(question.dataset.askIfAnswer);
        });
    }

    // ---- events ----------------------------------------------------------------------------------------------

    page.addEventListener('input', (event) => {
        const form = event.target.closest('form.answer-form');
        if (isAnswerForm(form)) {
            storeDraft(form);
            applyConditions();
        }
    });
    page.addEventListener('change', (event) => {
        const form = event.target.closest('form.answer-form');
        if (isAnswerForm(form)) {
            storeDraft(form);
            applyConditions();
        }
    });

    // Enter in a one-line field must not submit the form or leave the page mid-interview.
    page.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.closest('form.answer-form')) {
            event.preventDefault();
        }
    });
    page.addEventListener('submit', (event) => {
        if (event.target.matches('form.answer-form')) {
            event.preventDefault();
        }
    });

    page.addEventListener('click', (event) => {
        const clear = event.target.closest('.answer-clear');
        if (clear) {
            const form = clear.closest('form.answer-form');
            form.querySelectorAll('input[name=value]:checked').forEach((input) => (input.checked = false));
            form.dispatchEvent(new Event('change', {bubbles: true}));
            return;
        }
        const keepMine = event.target.closest('.conflict-keep-mine');
        if (keepMine) {
            const form = keepMine.closest('form.answer-form');
            versionInput(form).value = keepMine.dataset.version;
            storeDraft(form);
            retry(form);
            return;
        }
        const takeTheirs = event.target.closest('.conflict-take-theirs');
        if (takeTheirs) {
            const form = takeTheirs.closest('form.answer-form');
            failed.delete(form);
            dropDraft(form);
        }
    });

    document.body.addEventListener('htmx:beforeRequest', (event) => {
        const form = event.detail.elt;
        if (isAnswerForm(form)) {
            form.sentEntries = entries(form);
            status(form, page.dataset.msgSaving, 'text-body-secondary');
        }
    });

    // Answers come back as 200 (saved), 409 (conflict) or 422 (refused), each marked with OUTCOME_HEADER: show
    // them all. Anything else (a login page after the session ended, a proxy's error page) is not an answer.
    document.body.addEventListener('htmx:beforeSwap', (event) => {
        const form = event.detail.requestConfig && event.detail.requestConfig.elt;
        if (!isAnswerForm(form)) {
            return;
        }
        const xhr = event.detail.xhr;
        if (xhr.getResponseHeader(OUTCOME_HEADER)) {
            event.detail.shouldSwap = true;
            event.detail.isError = false;
        } else {
            event.detail.shouldSwap = false;
            if (xhr.status < 400) {
                markFailed(form, page.dataset.msgSession, false);
            }
        }
    });

    document.body.addEventListener('htmx:afterSwap', (event) => {
        const form = event.detail.requestConfig && event.detail.requestConfig.elt;
        if (!isAnswerForm(form) || !event.detail.xhr.getResponseHeader(OUTCOME_HEADER)) {
            return;
        }
        const state = form.querySelector('.answer-state');
        const outcome = state ? state.dataset.state : null;
        failed.delete(form);
        markInvalid(form, outcome === 'refused');
        if (outcome === 'saved' && same(form.sentEntries, entries(form))) {
            dropDraft(form);
        }
        banner();
        applyConditions();
    });

    // The connection dropped: nothing reached the server. Keep the draft and try again when it returns.
    document.body.addEventListener('htmx:sendError', (event) => {
        const form = event.detail.elt;
        if (isAnswerForm(form)) {
            storeDraft(form);
            markFailed(form, page.dataset.msgUnsaved, true);
        }
    });

    document.body.addEventListener('htmx:responseError', (event) => {
        const form = event.detail.elt;
        if (isAnswerForm(form) && !event.detail.xhr.getResponseHeader(OUTCOME_HEADER)) {
            storeDraft(form);
            markFailed(form, page.dataset.msgFailed, event.detail.xhr.status >= 500 || event.detail.xhr.status === 0);
        }
    });

    // "Take theirs" brings the question back with its stored answer; show or hide what depends on it.
    document.body.addEventListener('htmx:afterSettle', applyConditions);

    // htmx wires the forms up on DOMContentLoaded; restored drafts can only be saved after that.
    function start() {
        restoreDrafts();
        applyConditions();
    }

    if (document.readyState === 'complete') {
        start();
    } else {
        document.addEventListener('DOMContentLoaded', start);
    }
})();
