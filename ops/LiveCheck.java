import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * For ops/cluster-test.sh (run as a single source file: java ops/LiveCheck.java SUBSCRIBER_BASE PRODUCER_BASE TOKEN
 * CALL_ID): a subscriber on one instance follows a live call that a producer streams through another; exits 0 when
 * the subscriber saw both utterances and the summary, printing what it received.
 */
public class LiveCheck {

    public static void main(String[] args) throws Exception {
        String subscriberBase = args[0].replaceFirst("^http", "ws");
        String producerBase = args[1].replaceFirst("^http", "ws");
        String token = args[2];
        String callId = args[3];
        HttpClient http = HttpClient.newHttpClient();
        Collector seen = new Collector();
        WebSocket subscriber = http.newWebSocketBuilder().subprotocols("bearer", token)
                .buildAsync(URI.create(subscriberBase + "/ws/sentiment/" + callId), seen).get(30, TimeUnit.SECONDS);
        seen.await("\"waiting\"");
        Collector producerSeen = new Collector();
        WebSocket producer = http.newWebSocketBuilder().subprotocols("bearer", token)
                .buildAsync(URI.create(producerBase + "/ws/calls/" + callId + "/live?agent_id=AGENT_0001"
                        + "&customer_id=CUST_000001"), producerSeen).get(30, TimeUnit.SECONDS);
        producer.sendText("{\"speaker\": \"Agent\", \"text\": \"Thanks for your time today.\"}", true).get();
        producer.sendText("{\"speaker\": \"Customer\", \"text\": \"Happy to help, this looks great.\"}", true).get();
        producer.sendText("{\"type\": \"end\"}", true).get();
        seen.await("\"summary\"");
        long utterances = seen.messages.stream().filter(m -> m.contains("\"utterance\"")).count();
        System.out.println("subscriber received " + seen.messages.size() + " messages, " + utterances + " utterances");
        subscriber.abort();
        producer.abort();
        if (utterances < 2) {
            System.exit(1);
        }
    }

    static final class Collector implements WebSocket.Listener {
        final List<String> messages = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        void await(String marker) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (messages.stream().noneMatch(m -> m.contains(marker))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no message with " + marker + " in 30 s; got " + messages);
                }
                Thread.sleep(20);
            }
        }
    }
}
