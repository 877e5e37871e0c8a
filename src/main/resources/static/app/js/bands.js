// The benchmark bands a call's metrics are held against, as the server's coaching module has them configured
// (GET /api/v1/coaching/bands, where the nudges come from): read once per page load, never copied here.
import {api} from './api.js';

let loaded = null;

/** {talk_ratio: {min, max}, talk_ratio_target, questions: {min, max}, max_monologue_seconds, ...} */
export function loadBands() {
    if (!loaded) {
        loaded = api.get('/api/v1/coaching/bands');
        loaded.catch(() => { loaded = null; }); // a failed load is tried again by the next page
    }
    return loaded;
}

const fixed = (digits, suffix = '') => v => (v === null ? '–' : v.toFixed(digits) + suffix);
const signedFixed = v => (v >= 0 ? '+' : '') + v.toFixed(2);

/** [{label, value, band: [lo, hi], scale: [min, max], bandText, show}] */
export function bandRows(call, bands) {
    const m = call.metrics;
    const ratio = m.talk_ratio.by_time ?? m.talk_ratio.by_words;
    const mono = m.longest_agent_monologue;
    const monoSeconds = mono.seconds ?? (mono.words ? mono.words / bands.words_per_minute * 60 : null);
    const quarters = m.sentiment.customer_by_quarter.filter(v => v !== null);
    const change = quarters.length >= 2 ? quarters[quarters.length - 1] - quarters[0] : null;
    const talk = [bands.talk_ratio.min * 100, bands.talk_ratio.max * 100];
    const questions = [bands.questions.min, bands.questions.max];
    return [
        {label: `Agent talk ratio (by ${m.talk_ratio.by_time !== null ? 'time' : 'words'})`,
            value: ratio === null ? null : ratio * 100, band: talk, scale: [0, 100],
            bandText: `band ${talk[0].toFixed(0)}–${talk[1].toFixed(0)}%`, show: fixed(0, '%')},
        {label: 'Agent questions', value: m.questions.agent, band: questions,
            scale: [0, Math.max(25, questions[1] + 5, m.questions.agent + 2)],
            bandText: `band ${questions[0]}–${questions[1]}`, show: fixed(0)},
        {label: `Longest agent monologue${mono.seconds === null ? ' (est. from words)' : ''}`, value: monoSeconds,
            band: [0, bands.max_monologue_seconds],
            scale: [0, Math.max(300, bands.max_monologue_seconds * 2, (monoSeconds || 0) + 30)],
            bandText: `under ${bands.max_monologue_seconds} s`, show: fixed(0, ' s')},
        {label: 'Customer sentiment', value: m.sentiment.customer, band: [bands.min_customer_sentiment, 1],
            scale: [-1, 1], bandText: `at least ${signedFixed(bands.min_customer_sentiment)}`, show: fixed(2)},
        {label: 'Customer sentiment, first to last quarter', value: change, band: [-bands.max_sentiment_drop, 2],
            scale: [-1, 1], bandText: `falls at most ${bands.max_sentiment_drop.toFixed(2)}`, show: fixed(2)},
    ];
}
