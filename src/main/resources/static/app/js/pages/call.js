// One call: header figures, the transcript as turns coloured by sentiment, the sentiment timeline, the metrics
// against their benchmark bands, the three coaching nudges, similar calls, and a replay over the WebSocket that
// moves a cursor through the transcript.
import {h, fill, errorBox, loading, empty, toast} from '../dom.js';
import {api, socket} from '../api.js';
import {signed, pct, duration, dateTime, tone, clock, num} from '../format.js';
import {chart, echarts, COLORS} from '../charts.js';
import {turns as splitTurns} from '../transcript.js';
import {bandRows, loadBands} from '../bands.js';

const ROLLING_WINDOW = 3;

export async function render(view, {args}) {
    const callId = args[0] || '';
    view.append(loading('Loading the call…'));
    const bands = loadBands(); // in parallel with the call; awaited by the metrics card
    echarts(); // and the chart library
    let call;
    try {
        call = await api.get(`/api/v1/calls/${encodeURIComponent(callId)}`);
    } catch (e) {
        fill(view, h('h1', null, 'Call ', callId), errorBox(e),
            h('p', null, h('a', {href: '#/calls'}, '← Back to calls')));
        return;
    }
    const turns = splitTurns(call);
    const scores = new Map(((call.metrics && call.metrics.sentiment.utterances) || []).map(u => [u.index, u.score]));
    const transcript = h('ol', {class: 'transcript', id: 'transcript', 'aria-label': 'Transcript'},
        turns.map(t => turnItem(t, scores.get(t.index))));
    const replay = replayControls(call.call_id, transcript);
    const timeline = h('div', {class: 'chart', id: 'chart-timeline', role: 'img',
        'aria-label': 'Sentiment per utterance with the rolling customer line'});
    const quarters = h('div', {class: 'chart small', id: 'chart-quarters', role: 'img',
        'aria-label': 'Customer sentiment per quarter of the call'});
    const coaching = h('section', {class: 'card', id: 'nudges', 'aria-labelledby': 'nudges-h'},
        h('h2', {id: 'nudges-h'}, 'Coaching'), loading('Loading recommendations…'));
    const similar = h('section', {class: 'card', id: 'similar', 'aria-labelledby': 'similar-h'},
        h('h2', {id: 'similar-h'}, 'Similar calls'), loading());

    fill(view,
        h('p', null, h('a', {href: '#/calls'}, '← Calls')),
        h('h1', null, 'Call ', h('span', {id: 'call-id'}, call.call_id)),
        header(call),
        call.analysis_status !== 'analyzed'
            ? h('p', {class: 'notice'}, `Analysis is ${call.analysis_status}`, call.analysis_error ? ': ' + call.analysis_error : '',
                '. Figures appear once it is analysed.') : null,
        h('div', {class: 'call-layout'},
            h('section', {class: 'card transcript-card', 'aria-labelledby': 'transcript-h'},
                h('div', {class: 'section-head'}, h('h2', {id: 'transcript-h'}, 'Transcript'), replay.controls),
                replay.status, turns.length ? transcript : empty('This call has no transcript.')),
            h('div', {class: 'side'},
                h('section', {class: 'card', 'aria-labelledby': 'timeline-h'},
                    h('h2', {id: 'timeline-h'}, 'Sentiment timeline'), timeline, quarters),
                metricsCard(call, bands), coaching, similar)));

    if (call.metrics) drawTimeline(timeline, quarters, call.metrics.sentiment, turns);
    else fill(timeline, empty('No sentiment yet.'));
    loadRecommendations(call.call_id, coaching, similar);
    return () => replay.stop();
}

function header(call) {
    const item = (label, value, cls) => h('div', {class: 'figure'}, h('dt', null, label), h('dd', {class: cls}, value));
    return h('dl', {class: 'figures', id: 'call-figures'},
        item('Agent', h('a', {href: `#/agent/${encodeURIComponent(call.agent_id)}`}, call.agent_id)),
        item('Customer', call.customer_id), item('Language', call.language), item('Start', dateTime(call.start_time)),
        item('Duration', duration(call.duration_seconds)),
        item('Customer sentiment', signed(call.customer_sentiment_score), `tone-${tone(call.customer_sentiment_score)}`),
        item('Agent talk ratio', pct(call.agent_talk_ratio)), item('Status', call.analysis_status));
}

function turnItem(turn, score) {
    const li = h('li', {class: `turn role-${turn.role} tone-${tone(score)}`, 'data-index': turn.index},
        h('div', {class: 'turn-head'}, h('span', {class: 'speaker'}, turn.speaker || '(no label)'),
            turn.startMs !== null ? h('span', {class: 'time'}, clock(turn.startMs),
                turn.endMs !== null ? '–' + clock(turn.endMs) : '') : null,
            score !== undefined ? h('span', {class: 'score', title: 'sentiment of this utterance'}, signed(score)) : null),
        h('p', {class: 'text'}, turn.text));
    if (score !== undefined) li.style.setProperty('--strength', Math.min(1, Math.abs(score)).toFixed(2));
    return li;
}

function rolling(points) {
    const recent = [];
    return points.map(p => {
        if (p.role !== 'customer') return recent.length ? mean(recent) : null;
        recent.push(p.score);
        if (recent.length > ROLLING_WINDOW) recent.shift();
        return mean(recent);
    });
}

function mean(values) {
    return Number((values.reduce((a, b) => a + b, 0) / values.length).toFixed(3));
}

async function drawTimeline(el, quartersEl, sentiment, turns) {
    const points = sentiment.utterances;
    if (!points.length) {
        fill(el, empty('Nobody said anything that could be scored.'));
        return;
    }
    const labels = points.map(p => String(p.index + 1));
    const byRole = role => points.map(p => (p.role === role ? Number(p.score.toFixed(3)) : null));
    const instance = await chart(el, {
        legend: {top: 0},
        xAxis: {type: 'category', data: labels, name: 'utterance'},
        yAxis: {type: 'value', min: -1, max: 1},
        series: [
            {type: 'scatter', name: 'Agent', data: byRole('agent'), itemStyle: {color: COLORS.agent}},
            {type: 'scatter', name: 'Customer', data: byRole('customer'), itemStyle: {color: COLORS.customer}},
            {type: 'line', name: `Customer, last ${ROLLING_WINDOW} turns`, data: rolling(points), showSymbol: false,
                connectNulls: true, lineStyle: {color: COLORS.customer, width: 2}, itemStyle: {color: COLORS.customer}},
        ],
    });
    if (instance) {
        instance.on('click', params => {
            const point = points[params.dataIndex];
            const li = point && document.querySelector(`.turn[data-index="${point.index}"]`);
            if (li) {
                li.scrollIntoView({block: 'center'});
                li.classList.add('flash');
                setTimeout(() => li.classList.remove('flash'), 1200);
            }
        });
    }
    chart(quartersEl, {
        grid: {left: 40, right: 16, top: 28, bottom: 24, containLabel: true},
        title: {text: 'Customer by quarter', textStyle: {fontSize: 12}, left: 0, top: 0},
        xAxis: {type: 'category', data: ['Q1', 'Q2', 'Q3', 'Q4']},
        yAxis: {type: 'value', min: -1, max: 1},
        series: [{type: 'bar', name: 'Customer sentiment', data: sentiment.customer_by_quarter.map(v => (v === null ? null
            : {value: Number(v.toFixed(3)), itemStyle: {color: v >= 0 ? COLORS.good : COLORS.bad}}))}],
    });
}

function metricsCard(call, bands) {
    const card = h('section', {class: 'card', id: 'metrics', 'aria-labelledby': 'metrics-h'},
        h('h2', {id: 'metrics-h'}, 'Conversation metrics'));
    if (!call.metrics) {
        card.append(empty('Metrics appear once the call is analysed.'));
        return card;
    }
    const list = h('div', null, loading('Loading the benchmark bands…'));
    card.append(list);
    bands.then(b => fill(list, bandList(bandRows(call, b))), e => fill(list, errorBox(e)));
    const m = call.metrics;
    const extra = [
        ['Customer questions', m.questions.customer],
        ['Interactivity (switches/min)', num(m.interactivity, 1)],
        ['Talk speed agent / customer (wpm)', `${num(m.talk_speed_wpm.agent, 0)} / ${num(m.talk_speed_wpm.customer, 0)}`],
        ['Longest customer story (words)', m.longest_customer_story.words],
        ['Patience (s)', num(m.patience_seconds, 1)],
        ['Interruptions', m.interruptions ?? '–'],
        ['Silences > 3 s', m.silence ? `${m.silence.gaps} (${num(m.silence.total_seconds, 0)} s)` : '–'],
        ['Fillers per 100 words agent / customer', `${num(m.filler_words_per100.agent, 1)} / ${num(m.filler_words_per100.customer, 1)}`],
    ];
    card.append(h('dl', {class: 'more-metrics'}, extra.map(([k, v]) => [h('dt', null, k), h('dd', null, String(v))])));
    return card;
}

function bandList(rows) {
    return h('ul', {class: 'bands'}, rows.map(row => {
        const inBand = row.value !== null && row.value >= row.band[0] && row.value <= row.band[1];
        const bar = h('div', {class: 'band-track', 'aria-hidden': 'true'});
        const span = row.scale[1] - row.scale[0];
        const at = v => Math.max(0, Math.min(100, (v - row.scale[0]) / span * 100));
        const band = h('div', {class: 'band'});
        band.style.left = at(row.band[0]) + '%';
        band.style.width = (at(row.band[1]) - at(row.band[0])) + '%';
        bar.append(band);
        if (row.value !== null) {
            const marker = h('div', {class: `marker ${inBand ? 'in' : 'out'}`});
            marker.style.left = at(row.value) + '%';
            bar.append(marker);
        }
        return h('li', {class: `band-row ${row.value === null ? '' : inBand ? 'in' : 'out'}`},
            h('div', {class: 'band-label'}, h('span', null, row.label),
                h('strong', null, row.show(row.value)), h('small', null, row.bandText,
                    row.value === null ? '' : inBand ? ' · in band' : ' · outside')), bar);
    }));
}

async function loadRecommendations(callId, coaching, similar) {
    let recs;
    try {
        recs = await api.get(`/api/v1/calls/${encodeURIComponent(callId)}/recommendations`);
    } catch (e) {
        fill(coaching, h('h2', {id: 'nudges-h'}, 'Coaching'), errorBox(e));
        fill(similar, h('h2', {id: 'similar-h'}, 'Similar calls'), errorBox(e));
        return;
    }
    fill(coaching, h('h2', {id: 'nudges-h'}, 'Coaching'), h('ol', {class: 'nudges'}, recs.coaching_nudges.map(n =>
        h('li', {class: 'nudge'}, h('h3', null, n.title), h('p', null, n.suggestion),
            h('p', {class: 'evidence'}, h('span', {class: 'sr-only'}, 'Evidence: '), n.evidence)))));
    fill(similar, h('h2', {id: 'similar-h'}, 'Similar calls'), recs.similar_calls.length
        ? h('ol', {class: 'similar'}, recs.similar_calls.map(s => h('li', null,
            h('div', null, h('a', {href: `#/call/${encodeURIComponent(s.call_id)}`}, s.call_id), ' · ', s.agent_id,
                ' · similarity ', num(s.similarity_score, 3), ' · ',
                h('span', {class: `tone-${tone(s.customer_sentiment_score)}`}, 'sentiment ', signed(s.customer_sentiment_score))),
            h('p', {class: 'preview'}, s.transcript_preview))))
        : empty('No similar calls yet.'));
}

function replayControls(callId, transcript) {
    let ws = null;
    const speed = h('select', {id: 'replay-speed', 'aria-label': 'Replay speed'},
        [['1', 'real time'], ['10', '10×'], ['50', '50×'], ['200', '200×']].map(([v, t]) =>
            h('option', {value: v, selected: v === '10' ? true : null}, t)));
    const status = h('p', {class: 'replay-status', 'aria-live': 'polite'});
    const stop = () => {
        if (ws) ws.close(1000);
        ws = null;
        button.textContent = 'Replay';
    };
    const button = h('button', {type: 'button', id: 'replay', onclick: async () => {
        if (ws) {
            stop();
            return;
        }
        transcript.querySelectorAll('.current').forEach(el => el.classList.remove('current'));
        button.textContent = 'Stop';
        try {
            ws = await socket(`/ws/sentiment/${encodeURIComponent(callId)}?speed=${speed.value}`);
        } catch (e) {
            fill(status, errorBox(e));
            button.textContent = 'Replay';
            return;
        }
        const mine = ws;
        fill(status, 'Connecting…');
        ws.onmessage = event => {
            const msg = JSON.parse(event.data);
            if (msg.type === 'utterance') {
                transcript.querySelectorAll('.current').forEach(el => el.classList.remove('current'));
                const li = transcript.querySelector(`.turn[data-index="${msg.utterance_index}"]`);
                if (li) {
                    li.classList.add('current');
                    li.scrollIntoView({block: 'nearest'});
                }
                fill(status, `Utterance ${msg.utterance_index + 1} · customer so far ${signed(msg.sentiment)} · `
                    + `agent talk ${pct(msg.agent_talk_ratio_so_far)}`);
            } else if (msg.type === 'alert') {
                toast(`Alert: ${msg.detail}`, 'warn');
            } else if (msg.type === 'summary') {
                fill(status, `Replay finished: ${msg.utterances} utterances, customer sentiment `
                    + `${signed(msg.customer_sentiment_score)}, ${msg.alerts.length ?? msg.alerts} alerts`);
            } else if (msg.type === 'error' || msg.type === 'timeout') {
                fill(status, msg.detail || msg.error);
            }
        };
        ws.onclose = () => {
            if (ws === mine) {
                ws = null;
                button.textContent = 'Replay';
            }
        };
    }}, 'Replay');
    return {controls: h('div', {class: 'replay'}, speed, button), status, stop};
}
