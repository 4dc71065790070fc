// The requirement list's bulk edit: "select all" ticks every row on the page, the panel counts the selection,
// and Apply waits until at least one row is ticked. Runs again when htmx swaps the results in.
(function () {
    function wire(root) {
        const form = root.querySelector('#bulk-form');
        if (!form) {
            return;
        }
        const all = form.querySelector('#select-all');
        const apply = form.querySelector('#bulk-apply');
        const count = form.querySelector('#bulk-count');
        const rows = () => Array.from(form.querySelectorAll('input.requirement-select'));
        const update = () => {
            const selected = rows().filter(box => box.checked).length;
            if (count) {
                count.textContent = selected;
            }
            if (apply) {
                apply.disabled = selected === 0;
            }
            if (all) {
                all.checked = selected > 0 && selected === rows().length;
                all.indeterminate = selected > 0 && selected < rows().length;
            }
        };
        if (all) {
            all.addEventListener('change', () => {
                rows().forEach(box => { box.checked = all.checked; });
                update();
            });
        }
        rows().forEach(box => box.addEventListener('change', update));
        update();
    }

    document.addEventListener('DOMContentLoaded', () => wire(document));
    document.addEventListener('htmx:afterSwap', event => wire(document));
}());
