// Import: analyse a pasted transcript without storing it, or upload an NDJSON/JSON file for bulk ingest with its
// progress (bytes sent, then calls analysed, by polling) and the report of the lines that were rejected.
import {h, fill, field, errorBox, loading} from '../dom.js';
import {api, accessToken, ApiError} from '../api.js';
import {signed, pct, num} from '../format.js';

const TRACKED = 100;

export function render(view) {
    view.append(h('h1', null, 'Import'), analyseForm(), uploadForm());
}

function analyseForm() {
    const text = h('textarea', {name: 'transcript', rows: 8, required: true, maxlength: 200000,
        placeholder: 'Agent: Thanks for joining!\nCustomer: Happy to. Pricing worries me a little.'});
    const out = h('div', {id: 'analyse-result', 'aria-live': 'polite'});
    return h('form', {class: 'card', id: 'analyse-form', onsubmit: async e => {
        e.preventDefault();
        fill(out, loading('Analysing…'));
        try {
            const result = await api.post('/api/v1/analyze', {transcript: text.value});
            const m = result.metrics;
            fill(out, h('dl', {class: 'figures'},
                fig('Customer sentiment', signed(result.customer_sentiment_score)),
                fig('Agent talk ratio', pct(result.agent_talk_ratio)),
                m ? fig('Agent questions', m.questions.agent) : null,
                m ? fig('Longest monologue (words)', m.longest_agent_monologue.words) : null,
                fig('Unknown speakers', (result.unknown_speakers || []).join(', ') || 'none')),
            m ? h('ol', {class: 'plain'}, m.sentiment.utterances.map(u => h('li', null,
                `#${u.index + 1} ${u.role}: ${num(u.score, 2)}`))) : null);
        } catch (err) {
            fill(out, errorBox(err));
        }
    }}, h('h2', null, 'Analyse a transcript (nothing is stored)'),
    field('Transcript', text, 'One “Speaker: words” line per utterance, optionally after [hh:mm:ss].'),
    h('button', {type: 'submit'}, 'Analyse'), out);
}

function uploadForm() {
    const file = h('input', {type: 'file', name: 'file', required: true, accept: '.ndjson,.jsonl,.json,application/json'});
    const sent = h('progress', {id: 'upload-progress', max: 100, value: 0, 'aria-label': 'Bytes sent'});
    const analysed = h('progress', {id: 'analysis-progress', max: 100, value: 0, 'aria-label': 'Calls analysed'});
    const status = h('p', {'aria-live': 'polite', id: 'upload-status'});
    const report = h('div', {id: 'upload-report'});
    const form = h('form', {class: 'card', id: 'upload-form', onsubmit: async e => {
        e.preventDefault();
        const chosen = file.files[0];
        if (!chosen) return;
        fill(report);
        sent.value = 0;
        analysed.value = 0;
        fill(status, 'Uploading…');
        try {
            const result = await upload(chosen, fraction => {
                sent.value = Math.round(fraction * 100);
                fill(status, `Sent ${Math.round(fraction * 100)}% of ${(chosen.size / 1024).toFixed(0)} KB`);
            });
            sent.value = 100;
            fill(report, reportView(result));
            const ids = result.calls.filter(c => c.status !== 'already_stored').map(c => c.call_id).slice(0, TRACKED);
            await follow(ids, result.calls.length, analysed, status);
        } catch (err) {
            fill(status);
            fill(report, errorBox(err));
        }
    }}, h('h2', null, 'Bulk upload'),
    field('NDJSON or JSON file of calls', file, 'One call per line (or a JSON array); see “Ingesting calls” in the README.'),
    h('button', {type: 'submit'}, 'Upload'),
    h('div', {class: 'progress-row'}, h('span', null, 'Upload'), sent),
    h('div', {class: 'progress-row'}, h('span', null, 'Analysis'), analysed), status, report);
    return form;
}

/** XMLHttpRequest rather than fetch: it reports upload progress. */
async function upload(fileToSend, onProgress) {
    const token = await accessToken();
    if (!token) throw new ApiError(401, 'Please sign in');
    const json = /\.json$/i.test(fileToSend.name);
    return new Promise((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open('POST', '/api/v1/calls/bulk');
        xhr.setRequestHeader('Authorization', 'Bearer ' + token);
        xhr.setRequestHeader('Content-Type', json ? 'application/json' : 'application/x-ndjson');
        xhr.setRequestHeader('Accept', 'application/json');
        xhr.upload.onprogress = e => e.lengthComputable && onProgress(e.loaded / e.total);
        xhr.onload = () => {
            let body = null;
            try {
                body = JSON.parse(xhr.responseText);
            } catch {
                // not JSON
            }
            if (xhr.status >= 200 && xhr.status < 300) resolve(body);
            else reject(new ApiError(xhr.status, (body && body.detail) || xhr.statusText, body));
        };
        xhr.onerror = () => reject(new ApiError(0, 'The upload failed: the server cannot be reached'));
        xhr.send(fileToSend);
    });
}

function reportView(r) {
    return h('div', null, h('dl', {class: 'figures'}, fig('Accepted', r.accepted), fig('Already stored', r.already_stored),
        fig('Rejected', r.rejected), fig('Truncated', r.truncated ? 'yes' : 'no')),
    r.errors.length ? h('div', {class: 'table-wrap'}, h('table', {class: 'data', id: 'rejected-lines'},
        h('caption', null, 'Rejected lines'),
        h('thead', null, h('tr', null, ['Line', 'Call', 'Reason'].map(t => h('th', {scope: 'col'}, t)))),
        h('tbody', null, r.errors.map(err => h('tr', null, h('td', {class: 'num'}, err.line),
            h('td', null, err.call_id || '–'), h('td', {class: 'wrap'}, err.reason)))))) : null);
}

/** Polls the accepted calls (the first TRACKED of them) until each is analysed or failed. */
async function follow(ids, total, bar, status) {
    if (!ids.length) {
        bar.value = 100;
        fill(status, 'Nothing new to analyse.');
        return;
    }
    const pending = new Set(ids);
    const started = Date.now();
    while (pending.size && Date.now() - started < 10 * 60_000) {
        for (const id of [...pending].slice(0, 20)) {
            try {
                const call = await api.get(`/api/v1/calls/${encodeURIComponent(id)}`);
                if (call.analysis_status !== 'pending') pending.delete(id);
            } catch {
                pending.delete(id);
            }
        }
        const done = ids.length - pending.size;
        bar.value = Math.round(done / ids.length * 100);
        fill(status, `Analysed ${done} of ${ids.length}` + (total > ids.length ? ` (following the first ${ids.length} of ${total})` : ''));
        if (pending.size) await new Promise(r => setTimeout(r, 1000));
    }
}

function fig(label, value) {
    return h('div', {class: 'figure'}, h('dt', null, label), h('dd', null, String(value)));
}
