// A call's turns for display, numbered as the analysis numbers them (its per-utterance sentiment refers to these
// indexes): posted utterances as they are, or text split by the rules of the server's TextTranscript parser.

const TIMESTAMP = /^\s*\[(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:[.,](\d+))?\]\s*/u;
const NAME_CHAR = "[\\p{L}\\p{N}.'’-]";
const LABEL = new RegExp(`^([\\p{L}\\p{N}]${NAME_CHAR}*(?:\\s+${NAME_CHAR}+){0,2}(?:\\s*\\([^)]{0,40}\\))?)\\s*:\\s*(.*)$`, 'u');
const PERSON_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u;
const AGENT = new Set(['agent', 'rep', 'sales rep', 'seller', 'salesperson', 'ae', 'sdr']);
const CUSTOMER = new Set(['customer', 'prospect', 'client', 'buyer', 'caller', 'lead']);

export function roleOf(label) {
    const name = label.trim().toLowerCase().replace(/\s*(\(.*\)|\d+)\s*$/u, '').replace(/\s+/g, ' ');
    return AGENT.has(name) ? 'agent' : CUSTOMER.has(name) ? 'customer' : 'unknown';
}

function millis(m) {
    const hours = m[3] !== undefined;
    const [a, b, c] = [Number(m[1]), Number(m[2]), hours ? Number(m[3]) : 0];
    const fraction = Number(((m[4] || '0') + '00').slice(0, 3));
    return (hours ? ((a * 60 + b) * 60 + c) * 1000 : (a * 60 + b) * 1000) + fraction;
}

/** [{index, speaker, role, text, startMs, endMs}] */
export function turns(call) {
    if (call.utterances && call.utterances.length) {
        return call.utterances.map((u, index) => ({index, speaker: u.speaker, role: roleOf(u.speaker), text: u.text,
            startMs: u.start_ms ?? null, endMs: u.end_ms ?? null}));
    }
    const lines = [];
    for (const raw of String(call.transcript || '').split(/\r\n|\r|\n/)) {
        let line = raw;
        let startMs = null;
        const stamp = TIMESTAMP.exec(line);
        if (stamp) {
            startMs = millis(stamp);
            line = line.slice(stamp[0].length);
        }
        line = line.trim();
        if (!line) continue;
        const label = LABEL.exec(line);
        lines.push(label ? {text: line, startMs, label: label[1].trim(), rest: label[2].trim()}
            : {text: line, startMs, label: null, rest: line});
    }
    const uses = new Map();
    for (const l of lines) if (l.label) uses.set(l.label.toLowerCase(), (uses.get(l.label.toLowerCase()) || 0) + 1);
    const out = [];
    for (const l of lines) {
        const starts = l.label && (out.length === 0 || l.startMs !== null || roleOf(l.label) !== 'unknown'
            || uses.get(l.label.toLowerCase()) >= 2 || PERSON_NAME.test(l.label));
        if (starts) {
            out.push({index: out.length, speaker: l.label, role: roleOf(l.label), text: l.rest, startMs: l.startMs,
                endMs: null});
        } else if (out.length === 0) {
            out.push({index: 0, speaker: '', role: 'unknown', text: l.text, startMs: l.startMs, endMs: null});
        } else {
            const previous = out[out.length - 1];
            previous.text = previous.text ? previous.text + ' ' + l.text : l.text;
        }
    }
    return out;
}
