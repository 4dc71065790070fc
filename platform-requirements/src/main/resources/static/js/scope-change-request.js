// New change request form: show each item's fields for what it does, and start a change or a rewritten section
// from the current text so the author edits rather than retypes. Without JavaScript every field stays visible
// and "Add another item" fills the same text in on the server.
document.addEventListener('DOMContentLoaded', () => {
    const form = document.getElementById('change-request-form');
    if (!form) {
        return;
    }

    const fillIfEmpty = (field, value) => {
        if (field && !field.value && value) {
            field.value = value;
        }
    };

    form.querySelectorAll('.change-item').forEach(item => {
        const action = item.querySelector('.change-action');
        const requirement = item.querySelector('.change-requirement');
        const prefill = () => {
            const option = requirement.selectedOptions[0];
            if (action.value !== 'CHANGE' || !option || !option.value) {
                return;
            }
            const title = item.querySelector('[data-content="title"]');
            if (title.value) {
                return;
            }
            fillIfEmpty(title, option.dataset.title);
            fillIfEmpty(item.querySelector('[data-content="description"]'), option.dataset.description);
            fillIfEmpty(item.querySelector('[data-content="category"]'), option.dataset.category);
            fillIfEmpty(item.querySelector('[data-content="acceptanceCriteria"]'), option.dataset.acceptanceCriteria);
            const priority = item.querySelector('[data-content="priority"]');
            if (option.dataset.priority) {
                priority.value = option.dataset.priority;
            }
        };
        action.addEventListener('change', () => {
            item.dataset.action = action.value;
            prefill();
        });
        requirement.addEventListener('change', prefill);
    });

    form.querySelectorAll('.change-section').forEach(section => {
        const choice = section.querySelector('.change-section-choice');
        choice.addEventListener('change', () => {
            const option = choice.selectedOptions[0];
            fillIfEmpty(section.querySelector('textarea'), option && option.dataset.current);
        });
    });
});
