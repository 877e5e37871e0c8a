package com.salescalls.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/** Writes a whole call: plans the phases, picks a beat per exchange and lets both voices phrase it. */
final class ConversationWriter {

    private static final double GOODBYE = 0.6;

    private final RandomGenerator random;
    private final TemplateFiller filler;
    private final AgentVoice agentVoice;
    private final CustomerVoice customerVoice;
    private final Phrases phrases;

    ConversationWriter(RandomGenerator random, TemplateFiller filler) {
        this.random = random;
        this.filler = filler;
        this.phrases = new Phrases(random);
        this.agentVoice = new AgentVoice(random, filler, phrases);
        this.customerVoice = new CustomerVoice(random, filler, phrases);
    }

    Transcript write(CallContext context) {
        phrases.startCall();
        List<Phase> plan = PhasePlanner.plan(context.style(), random);
        Topics topics = new Topics(shuffled(DiscoveryTopic.values()), shuffled(ObjectionTopic.values()));
        TranscriptBuilder transcript = new TranscriptBuilder();
        @Nullable Phase previous = null;
        @Nullable String owed = null;
        for (Phase phase : plan) {
            Beat beat = beat(phase, topics, context);
            transcript.agent(agentVoice.line(beat, previous, owed, context));
            transcript.customer(customerVoice.line(beat, context));
            owed = beat.owedAnswer();
            previous = phase;
        }
        if (transcript.turns() < 2 * PhasePlanner.MAX_EXCHANGES && Pick.chance(random, GOODBYE)) {
            transcript.agent(filler.fill(phrases.pick(ClosingLines.AGENT_GOODBYES.of(context.mood())), context));
        }
        return transcript.build();
    }

    private Beat beat(Phase phase, Topics topics, CallContext context) {
        CustomerMood mood = context.mood();
        return switch (phase) {
            case GREETING -> new Beat(phase, phrases.pick(GreetingLines.AGENT),
                    phrases.pick(GreetingLines.CUSTOMER.of(mood)), true, null);
            case DISCOVERY -> {
                DiscoveryTopic topic = topics.nextDiscovery();
                yield new Beat(phase, phrases.pick(topic.agentQuestions()),
                        phrases.pick(topic.customerAnswers()), false, null);
            }
            case PITCH -> new Beat(phase, phrases.pick(PitchLines.AGENT),
                    phrases.pick(PitchLines.CUSTOMER), false, null);
            case PRICING -> new Beat(phase, phrases.pick(PricingLines.AGENT),
                    phrases.pick(PricingLines.CUSTOMER.of(mood)), true, null);
            case OBJECTION -> {
                ObjectionTopic topic = topics.nextObjection();
                yield new Beat(phase, phrases.pick(ObjectionTopic.AGENT_PROMPTS),
                        phrases.pick(topic.customerRaises()), false, phrases.pick(topic.agentAnswers()));
            }
            case COMPETITOR -> new Beat(phase, phrases.pick(CompetitorLines.AGENT_ASKS),
                    phrases.pick(CompetitorLines.CUSTOMER_MENTIONS), false,
                    phrases.pick(CompetitorLines.AGENT_COUNTERS));
            case NEXT_STEPS -> new Beat(phase, phrases.pick(nextStep(context.style()).agentProposals()),
                    phrases.pick(ClosingLines.CUSTOMER_REPLIES.of(mood)), true, null);
        };
    }

    /** Pushy agents go for the contract far more often than the rest of the team. */
    private NextStepKind nextStep(AgentStyle style) {
        if (style == AgentStyle.PUSHY && Pick.chance(random, 0.6)) {
            return NextStepKind.CONTRACT;
        }
        return Pick.one(random, Arrays.asList(NextStepKind.values()));
    }

    private <T> List<T> shuffled(T[] values) {
        List<T> list = new ArrayList<>(Arrays.asList(values));
        PhasePlanner.shuffle(list, random);
        return list;
    }

    /** Topics in a per-call random order; a long call cycles through them again. */
    private static final class Topics {
        private final List<DiscoveryTopic> discovery;
        private final List<ObjectionTopic> objections;
        private int discoveryIndex;
        private int objectionIndex;

        Topics(List<DiscoveryTopic> discovery, List<ObjectionTopic> objections) {
            this.discovery = discovery;
            this.objections = objections;
        }

        DiscoveryTopic nextDiscovery() {
            return discovery.get(discoveryIndex++ % discovery.size());
        }

        ObjectionTopic nextObjection() {
            return objections.get(objectionIndex++ % objections.size());
        }
    }
}
