// Streams a short live call and watches it from a second connection, then replays the stored call.
// Usage (Node 20 needs the flag; Node 22+ has WebSocket built in):
//   node --experimental-websocket examples/live-call.mjs [http://localhost:8000] [username] [password]
const base = process.argv[2] ?? "http://localhost:8000";
const username = process.argv[3] ?? "demo";
const password = process.argv[4] ?? "demo-pass-123";

const login = await fetch(`${base}/auth/login`, {
  method: "POST",
  body: new URLSearchParams({ username, password }),
});
if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
const { access_token: token } = await login.json();

const ws = base.replace(/^http/, "ws");
const callId = `LIVE_DEMO_${Date.now()}`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Browsers cannot set headers on a WebSocket: the token travels as a subprotocol ("bearer", <token>).
function connect(path, label) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${ws}${path}`, ["bearer", token]);
    socket.onmessage = (event) => console.log(`${label} <- ${event.data}`);
    socket.closed = new Promise((done) => (socket.onclose = (event) => done(event.code)));
    socket.onopen = () => resolve(socket);
    socket.onerror = () => reject(new Error(`${label}: could not connect to ${path}`));
  });
}

const watcher = await connect(`/ws/sentiment/${callId}`, "subscriber");
const producer = await connect(
  `/ws/calls/${callId}/live?agent_id=AGENT_0001&customer_id=CUST_000001&language=en`, "producer");

const lines = [
  ["Agent", "Thanks for making time today. How is the rollout going?"],
  ["Customer", "Honestly it has been frustrating, the import broke twice."],
  ["Agent", "I am sorry about that. We fixed the importer last week."],
  ["Customer", "We are also talking to PipeStream, their setup looked simpler."],
  ["Agent", "Fair enough. Can I show you the new guided setup?"],
  ["Customer", "Sure, that would be great, thanks."],
];
for (const [speaker, text] of lines) {
  producer.send(JSON.stringify({ speaker, text }));
  await sleep(400);
}
producer.send(JSON.stringify({ type: "end" }));
console.log(`subscriber closed with ${await watcher.closed}, producer with ${await producer.closed}`);

// The call is stored now: replay it at ten times its real pace.
const replay = await connect(`/ws/sentiment/${callId}?speed=10`, "replay");
console.log(`replay closed with ${await replay.closed}`);
