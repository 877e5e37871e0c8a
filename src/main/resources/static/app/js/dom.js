// Building DOM nodes from data. Text always goes in as text nodes (never parsed as HTML): transcripts, ids and
// error messages are user input, and this is the only way pages put them on screen.

/**
 * h('a', {href: '#/x', class: 'c', onclick: fn}, 'text', child, [more]) → element.
 * Attributes are set with setAttribute, listeners for on* keys; null/undefined/false children are skipped.
 */
export function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
        if (value === null || value === undefined || value === false) continue;
        if (key.startsWith('on') && typeof value === 'function') {
            el.addEventListener(key.slice(2), value);
        } else if (key === 'dataset') {
            Object.assign(el.dataset, value);
        } else if (key === 'value' && (tag === 'input' || tag === 'select' || tag === 'textarea')) {
            el.value = value;
        } else {
            el.setAttribute(key, value === true ? '' : String(value));
        }
    }
    append(el, children);
    return el;
}

export function append(el, children) {
    for (const child of children.flat(Infinity)) {
        if (child === null || child === undefined || child === false) continue;
        el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
}

/** Replaces the element's content. */
export function fill(el, ...children) {
    el.replaceChildren();
    return append(el, children);
}

/** Text with **marked** parts (the search API's snippet convention) as text and <mark> nodes. */
export function marked(text) {
    const parts = String(text).split('**');
    return parts.map((part, i) => (i % 2 === 1 ? h('mark', null, part) : part)).filter(p => p !== '');
}

/** A labelled form field: <label for=id>Label</label> + control. */
export function field(label, control, hint) {
    const id = control.id || ('f-' + Math.random().toString(36).slice(2, 9));
    control.id = id;
    return h('div', {class: 'field'}, h('label', {for: id}, label), control,
        hint ? h('small', {class: 'hint'}, hint) : null);
}

export function loading(text = 'Loading…') {
    return h('p', {class: 'loading', role: 'status'}, text);
}

export function empty(text) {
    return h('p', {class: 'empty'}, text);
}

/** An API error as the user should see it: the problem's detail, never a stack. */
export function errorBox(error) {
    const detail = error && error.detail ? error.detail : (error && error.message) || String(error);
    return h('div', {class: 'error', role: 'alert'},
        error && error.status ? h('strong', null, `${error.status} `) : null, detail);
}

export function toast(text, kind = 'info') {
    const box = document.getElementById('toasts');
    const item = h('div', {class: `toast ${kind}`}, text);
    box.append(item);
    setTimeout(() => item.remove(), 6000);
}

export function link(href, text, attrs) {
    return h('a', {href, ...attrs}, text);
}
