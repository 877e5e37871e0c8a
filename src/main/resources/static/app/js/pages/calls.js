// Calls: the list with every filter of the API, sort and pages; or a search (keyword, semantic, hybrid) with its
// highlighted snippets and the rank each ranking gave a hit. The form's state lives in the URL's hash.
import {h, fill, field, errorBox, loading, empty, marked} from '../dom.js';
import {api} from '../api.js';
import {signed, pct, duration, dateTime, tone, num} from '../format.js';

const FILTERS = ['agent_id', 'customer_id', 'language', 'from_date', 'to_date', 'min_sentiment', 'max_sentiment'];
const SORTS = [['-start_time', 'Newest first'], ['start_time', 'Oldest first'],
    ['-customer_sentiment_score', 'Best sentiment'], ['customer_sentiment_score', 'Worst sentiment'],
    ['-agent_talk_ratio', 'Most agent talk'], ['agent_talk_ratio', 'Least agent talk'],
    ['-duration_seconds', 'Longest'], ['duration_seconds', 'Shortest']];
const MODES = [['hybrid', 'Hybrid (keyword + meaning)'], ['keyword', 'Keyword'], ['semantic', 'Semantic']];
const SIZES = ['10', '25', '50', '100'];

export async function render(view, {query, go, user}) {
    const state = Object.fromEntries(query.entries());
    const limit = SIZES.includes(state.limit) ? Number(state.limit) : 25;
    const offset = Math.max(0, Number(state.offset) || 0);
    const q = (state.q || '').trim();
    const mode = MODES.some(([m]) => m === state.mode) ? state.mode : 'hybrid';

    const inputs = {
        q: h('input', {name: 'q', type: 'search', value: q, maxlength: 500, placeholder: 'e.g. worried about the price'}),
        mode: select('mode', MODES, mode),
        agent_id: h('input', {name: 'agent_id', value: user.role === 'agent' ? (user.agent_id || '') : state.agent_id || '',
            maxlength: 64, disabled: user.role === 'agent'}),
        customer_id: h('input', {name: 'customer_id', value: state.customer_id || '', maxlength: 64}),
        language: h('input', {name: 'language', value: state.language || '', maxlength: 16, placeholder: 'en'}),
        from_date: h('input', {name: 'from_date', type: 'date', value: state.from_date || ''}),
        to_date: h('input', {name: 'to_date', type: 'date', value: state.to_date || ''}),
        min_sentiment: h('input', {name: 'min_sentiment', type: 'number', min: -1, max: 1, step: 0.05,
            value: state.min_sentiment || ''}),
        max_sentiment: h('input', {name: 'max_sentiment', type: 'number', min: -1, max: 1, step: 0.05,
            value: state.max_sentiment || ''}),
        sort: select('sort', SORTS, state.sort || '-start_time'),
        limit: select('limit', SIZES.map(s => [s, s + ' per page']), String(limit)),
    };
    const submit = values => go('calls', [], values);
    const form = h('form', {class: 'card filters', id: 'calls-form', role: 'search', onsubmit: event => {
        event.preventDefault();
        const values = {};
        for (const [k, input] of Object.entries(inputs)) {
            if (!input.disabled && input.value !== '') values[k] = input.value.trim();
        }
        if (!values.q) delete values.mode;
        submit(values);
    }},
    h('div', {class: 'search-row'}, field('Search transcripts', inputs.q), field('Search mode', inputs.mode),
        h('button', {type: 'submit'}, 'Search')),
    h('div', {class: 'filter-row'},
        field('Agent', inputs.agent_id), field('Customer', inputs.customer_id), field('Language', inputs.language),
        field('From', inputs.from_date), field('To', inputs.to_date),
        field('Min sentiment', inputs.min_sentiment), field('Max sentiment', inputs.max_sentiment),
        field('Sort (list)', inputs.sort), field('Page size', inputs.limit)),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Apply filters'),
        h('button', {type: 'button', class: 'secondary', onclick: () => go('calls')}, 'Clear')));

    const results = h('div', {id: 'calls-results', 'aria-live': 'polite'}, loading('Loading calls…'));
    view.append(h('h1', null, 'Calls'), form, results);

    const filters = {};
    for (const key of FILTERS) if (state[key]) filters[key] = state[key];
    try {
        if (q) {
            const page = await api.get('/api/v1/search', {q, mode, limit, offset, ...filters});
            fill(results, pager(page.total, limit, offset, state, go, page.mode === 'keyword' ? '' : ' (top 100)'),
                page.results.length ? searchTable(page.results) : empty('No call matches this search.'));
        } else {
            const page = await api.get('/api/v1/calls', {limit, offset, sort: state.sort || '', ...filters});
            fill(results, pager(page.total, limit, offset, state, go, ''),
                page.calls.length ? listTable(page.calls) : empty('No calls match these filters.'));
        }
    } catch (e) {
        fill(results, errorBox(e));
    }
}

function select(name, options, value) {
    return h('select', {name}, options.map(([v, label]) =>
        h('option', {value: v, selected: v === value ? true : null}, label)));
}

function callLink(id) {
    return h('a', {href: `#/call/${encodeURIComponent(id)}`}, id);
}

function sentimentCell(score) {
    return h('td', {class: `num tone-${tone(score)}`}, signed(score));
}

function listTable(calls) {
    return h('div', {class: 'table-wrap'}, h('table', {class: 'data', id: 'calls-table'},
        h('caption', {class: 'sr-only'}, 'Calls'),
        h('thead', null, h('tr', null, ['Call', 'Agent', 'Customer', 'Start', 'Duration', 'Sentiment', 'Talk ratio',
            'Status'].map(t => h('th', {scope: 'col'}, t)))),
        h('tbody', null, calls.map(c => h('tr', {'data-call': c.call_id},
            h('th', {scope: 'row'}, callLink(c.call_id)), h('td', null, c.agent_id), h('td', null, c.customer_id),
            h('td', null, dateTime(c.start_time)), h('td', {class: 'num'}, duration(c.duration_seconds)),
            sentimentCell(c.customer_sentiment_score), h('td', {class: 'num'}, pct(c.agent_talk_ratio)),
            h('td', null, h('span', {class: `status ${c.analysis_status}`}, c.analysis_status)))))));
}

function searchTable(hits) {
    return h('ol', {class: 'hits', id: 'search-results'}, hits.map(hit => h('li', {class: 'hit card', 'data-call': hit.call_id},
        h('div', {class: 'hit-head'}, callLink(hit.call_id), h('span', null, hit.agent_id),
            h('span', null, dateTime(hit.start_time)),
            h('span', {class: `tone-${tone(hit.customer_sentiment_score)}`}, 'sentiment ',
                signed(hit.customer_sentiment_score)),
            h('span', {class: 'ranks'}, 'score ', num(hit.score, 4),
                ' · keyword rank ', hit.ranks.keyword ?? '–', ' · semantic rank ', hit.ranks.semantic ?? '–')),
        h('p', {class: 'snippet'}, marked(hit.snippet)))));
}

function pager(total, limit, offset, state, go, note) {
    const first = total === 0 ? 0 : offset + 1;
    const last = Math.min(offset + limit, total);
    const to = o => () => go('calls', [], {...state, offset: String(o)});
    return h('nav', {class: 'pager', 'aria-label': 'Pages'},
        h('span', {class: 'count'}, `${first}–${last} of ${total}${note}`),
        h('button', {type: 'button', class: 'secondary', disabled: offset === 0, onclick: to(Math.max(0, offset - limit))},
            '← Previous'),
        h('button', {type: 'button', class: 'secondary', disabled: last >= total, onclick: to(offset + limit)},
            'Next →'));
}
