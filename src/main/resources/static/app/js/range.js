// The date range picker of the analytics pages: two ISO dates (both days included, UTC) and a few presets.
import {h, field} from './dom.js';
import {day} from './format.js';

function daysAgo(n) {
    const d = new Date();
    d.setUTCDate(d.getUTCDate() - n);
    return day(d);
}

/** A form that calls onChange({from, to}) when applied; from/to are '' for "open". */
export function rangePicker({from = '', to = ''}, onChange) {
    const fromInput = h('input', {type: 'date', name: 'from_date', value: from});
    const toInput = h('input', {type: 'date', name: 'to_date', value: to});
    const apply = (f, t) => {
        fromInput.value = f;
        toInput.value = t;
        onChange({from: f, to: t});
    };
    const preset = (label, days) => h('button', {type: 'button', class: 'secondary',
        onclick: () => apply(days === null ? '' : daysAgo(days), days === null ? '' : daysAgo(0))}, label);
    return h('form', {class: 'range', 'aria-label': 'Date range', onsubmit: event => {
        event.preventDefault();
        apply(fromInput.value, toInput.value);
    }}, field('From', fromInput), field('To', toInput), h('button', {type: 'submit'}, 'Apply'),
    h('div', {class: 'presets', role: 'group', 'aria-label': 'Presets'},
        preset('Last 30 days', 30), preset('Last 90 days', 90), preset('All time', null)));
}

/** The trend endpoint needs a bounded range: the picked one, or the 12 weeks up to its end. */
export function trendRange({from, to}) {
    return {from_date: from || '', to_date: to || ''};
}
