// The meeting form's lists (attendees, decisions, action items): "Add" copies the blank row at the end of a
// list, "Remove" takes a row out, and every row's field names are numbered again (attendees[0].name …) so the
// server binds the rows in the order they are shown. Rows keep their hidden id, which is how the server knows
// which decision or action item a row edits.
(function () {
    function renumber(list) {
        const name = list.dataset.list;
        list.querySelectorAll('[data-row]').forEach((row, index) => {
            row.querySelectorAll('[name]').forEach(field => {
                field.name = field.name.replace(new RegExp('^' + name + '\\[\\d+\\]'), name + '[' + index + ']');
            });
            row.querySelectorAll('[id^="action-done-"]').forEach(box => { box.id = 'action-done-' + index; });
            row.querySelectorAll('label[for^="action-done-"]').forEach(label => { label.htmlFor = 'action-done-' + index; });
        });
    }

    function blankCopy(list) {
        const blank = list.querySelector('[data-row][data-blank]');
        const copy = blank.cloneNode(true);
        copy.querySelectorAll('input, textarea, select').forEach(field => {
            if (field.type === 'checkbox') {
                field.checked = false;
            } else if (field.tagName === 'SELECT') {
                field.selectedIndex = 0;
            } else {
                field.value = '';
            }
            field.classList.remove('is-invalid');
        });
        return copy;
    }

    document.addEventListener('DOMContentLoaded', () => {
        document.querySelectorAll('#meeting-form [data-list]').forEach(list => {
            const template = blankCopy(list);
            list.addEventListener('click', event => {
                if (event.target.matches('[data-add-row]')) {
                    const row = template.cloneNode(true);
                    list.insertBefore(row, event.target);
                    renumber(list);
                    const first = row.querySelector('input:not([type=hidden]), textarea');
                    if (first) {
                        first.focus();
                    }
                } else if (event.target.matches('[data-remove-row]')) {
                    event.target.closest('[data-row]').remove();
                    renumber(list);
                }
            });
        });
    });
}());
