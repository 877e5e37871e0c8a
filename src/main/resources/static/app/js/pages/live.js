// Live: watch a call by id over the WebSocket. A stored call is replayed; a call being streamed by a producer is
// followed (a late joiner first gets what was said so far); an id not live yet waits for its producer.
import {h, fill, field, empty, toast, errorBox} from '../dom.js';
import {api, socket} from '../api.js';
import {signed, pct, tone, dateTime} from '../format.js';
import {chart, COLORS} from '../charts.js';

export async function render(view, {query, go}) {
    const callId = query.get('call') || '';
    const input = h('input', {name: 'call', required: true, maxlength: 64, value: callId, pattern: '[A-Za-z0-9_.:\\-]+',
        placeholder: 'CALL_00000001'});
    const form = h('form', {class: 'card narrow', id: 'live-form', onsubmit: e => {
        e.preventDefault();
        go('live', [], {call: input.value.trim()});
    }}, field('Call id', input, 'A call being streamed, or about to be; a stored call is replayed.'),
    h('button', {type: 'submit'}, 'Watch'));
    view.append(h('h1', null, 'Live'), form);
    if (!callId) {
        return inProgress(view);
    }
    const status = h('p', {class: 'live-status', id: 'live-status', role: 'status'}, 'Connecting…');
    const who = h('dl', {class: 'figures', id: 'live-call'});
    const figures = h('dl', {class: 'figures', id: 'live-figures'});
    const turns = h('ol', {class: 'transcript', id: 'live-turns', 'aria-live': 'polite', 'aria-label': 'Turns so far'});
    const alerts = h('ul', {class: 'alerts', id: 'live-alerts', 'aria-label': 'Alerts'});
    const chartEl = h('div', {class: 'chart', id: 'chart-live', role: 'img', 'aria-label': 'Rolling customer sentiment'});
    view.append(status, who, figures, h('div', {class: 'call-layout'},
        h('section', {class: 'card'}, h('h2', null, 'Turns'), turns),
        h('div', {class: 'side'}, h('section', {class: 'card'}, h('h2', null, 'Customer sentiment'), chartEl),
            h('section', {class: 'card'}, h('h2', null, 'Alerts'), alerts))));

    const points = {labels: [], rolling: [], overall: []};
    const instance = await chart(chartEl, {
        legend: {top: 0},
        xAxis: {type: 'category', data: []},
        yAxis: {type: 'value', min: -1, max: 1},
        series: [{type: 'line', name: 'Rolling', data: [], itemStyle: {color: COLORS.customer}, connectNulls: true},
            {type: 'line', name: 'Call so far', data: [], itemStyle: {color: COLORS.team}, connectNulls: true,
                lineStyle: {type: 'dashed'}}],
    });
    let ws;
    try {
        ws = await socket(`/ws/sentiment/${encodeURIComponent(callId)}`);
    } catch (e) {
        fill(status, e.detail || String(e));
        return;
    }
    let closedByPage = false;
    ws.onmessage = event => {
        const msg = JSON.parse(event.data);
        switch (msg.type) {
            case 'waiting':
                fill(status, 'Waiting for the call to start…');
                break;
            case 'started':
                fill(status, `Live since ${dateTime(msg.start_time)}`);
                fill(who, fig('Agent', msg.agent_id), fig('Customer', msg.customer_id), fig('Language', msg.language));
                break;
            case 'utterance': {
                if (status.textContent.startsWith('Connecting') || status.textContent.startsWith('Waiting')) {
                    fill(status, 'Streaming');
                }
                const li = h('li', {class: `turn role-${msg.role} tone-${tone(msg.utterance_sentiment)}`,
                    'data-index': msg.utterance_index},
                h('div', {class: 'turn-head'}, h('span', {class: 'speaker'}, msg.speaker),
                    h('span', {class: 'time'}, new Date(msg.timestamp).toISOString().slice(11, 19)),
                    h('span', {class: 'score'}, signed(msg.utterance_sentiment))),
                h('p', {class: 'text'}, msg.text));
                li.style.setProperty('--strength', Math.min(1, Math.abs(msg.utterance_sentiment || 0)).toFixed(2));
                turns.append(li);
                li.scrollIntoView({block: 'nearest'});
                points.labels.push(String(msg.utterance_index + 1));
                points.rolling.push(msg.rolling_customer_sentiment === null ? null : +msg.rolling_customer_sentiment.toFixed(3));
                points.overall.push(msg.sentiment === null ? null : +msg.sentiment.toFixed(3));
                if (instance && !instance.isDisposed()) {
                    instance.setOption({xAxis: {data: points.labels},
                        series: [{data: points.rolling}, {data: points.overall}]});
                }
                fill(figures, fig('Customer so far', signed(msg.sentiment)), fig('Agent talk so far', pct(msg.agent_talk_ratio_so_far)),
                    fig('Turns', msg.utterance_index + 1));
                break;
            }
            case 'alert':
                alerts.prepend(h('li', {class: 'alert'}, h('strong', null, msg.alert.replaceAll('_', ' ')), ' — ',
                    msg.detail));
                toast(msg.detail, 'warn');
                break;
            case 'summary':
                fill(status, `Call ended: ${msg.utterances} utterances, customer sentiment `
                    + `${signed(msg.customer_sentiment_score)}, agent talk ${pct(msg.agent_talk_ratio)}`);
                break;
            case 'aborted':
            case 'timeout':
                fill(status, msg.detail || msg.type);
                break;
            case 'error':
                fill(status, `${msg.error}: ${msg.detail}`);
                break;
            default:
                break;
        }
    };
    ws.onclose = event => {
        if (!closedByPage && event.code !== 1000 && !status.textContent.startsWith('Call ended')) {
            status.append(` (connection closed${event.reason ? ': ' + event.reason : ''})`);
        }
    };
    return () => {
        closedByPage = true;
        ws.close(1000);
    };
}

/** The calls being streamed now, refreshed every few seconds while the page is open. */
function inProgress(view) {
    const list = h('div', {id: 'live-list', 'aria-live': 'polite'}, h('p', {class: 'loading', role: 'status'}, 'Loading…'));
    view.append(h('section', {class: 'card', 'aria-labelledby': 'live-list-h'},
        h('h2', {id: 'live-list-h'}, 'Calls in progress'), list));
    let stopped = false;
    let timer = null;
    const load = async () => {
        try {
            const page = await api.get('/api/v1/live/calls', {limit: 100});
            fill(list, page.calls.length ? h('ul', {class: 'plain'}, page.calls.map(c => h('li', {'data-call': c.call_id},
                h('a', {href: `#/live?call=${encodeURIComponent(c.call_id)}`}, c.call_id), ' · ', c.agent_id)))
                : empty('No call is being streamed right now. Enter an id above to wait for one.'));
        } catch (e) {
            fill(list, errorBox(e));
        }
        if (!stopped) timer = setTimeout(load, 2000);
    };
    load();
    return () => {
        stopped = true;
        clearTimeout(timer);
    };
}

function fig(label, value) {
    return h('div', {class: 'figure'}, h('dt', null, label), h('dd', null, String(value)));
}
