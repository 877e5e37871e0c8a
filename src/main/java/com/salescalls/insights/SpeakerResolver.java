package com.salescalls.insights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.salescalls.insights.SpeakerAssignment.Source;

/**
 * Decides which side each speaker of a call is on, only from evidence that can be shown, strongest first:
 * <ol>
 * <li>the request's {@code speakers} mapping ({@code {"Dana Whitfield": "agent"}});</li>
 * <li>a role the format carries (Amazon Transcribe Call Analytics' {@code ParticipantRole});</li>
 * <li>a label that names a role by itself ("Agent", "Customer 2");</li>
 * <li>the call's agent's display name or an alias (set with {@code PUT /api/v1/agents/{agent_id}});</li>
 * <li>with exactly two speakers and one of them placed by a name (1, 2 or 4), the other is on the other side.</li>
 * </ol>
 * A transcript labelled only with role words reads as it always did: "Agent" and "Dana Smith" leave Dana Smith
 * unknown, because nothing but the absence of a label would put her on the customer's side.
 * Anyone else stays {@code UNKNOWN}, is reported in {@code unknownSpeakers} and counts for neither side: a guess
 * would silently skew the talk ratio and put the agent's words into the customer's sentiment.
 *
 * <p>Names compare without case, extra spaces or a trailing parenthetical ({@link SpeakerNames}). A mapping entry
 * whose role is not {@code agent} or {@code customer}, or whose name does not speak in the call (a typo would
 * otherwise leave a speaker unknown without saying why), is a problem.
 */
public final class SpeakerResolver {

    private SpeakerResolver() {
    }

    public static SpeakerResolution resolve(List<SpokenLine> lines, Map<String, String> mapping,
            @Nullable AgentNames agent) {
        List<TranscriptProblem> problems = new ArrayList<>();
        Map<String, SpeakerRole> mapped = mapped(mapping, problems);
        Set<String> names = new LinkedHashSet<>();
        lines.stream().map(SpokenLine::speaker).filter(s -> !s.isBlank()).forEach(names::add);
        Set<String> spoken = new LinkedHashSet<>();
        names.forEach(name -> spoken.add(SpeakerNames.normalized(name)));
        mapping.keySet().stream().filter(name -> !spoken.contains(SpeakerNames.normalized(name)))
                .forEach(name -> problems.add(new TranscriptProblem("speakers." + name,
                        "does not speak in this transcript; its speakers are " + String.join(", ", names))));
        Map<String, SpeakerAssignment> assigned = new LinkedHashMap<>();
        for (String name : names) {
            assigned.put(name, evidence(name, lines, mapped, agent));
        }
        List<SpeakerAssignment> known = assigned.values().stream().filter(a -> a.role() != SpeakerRole.UNKNOWN)
                .toList();
        if (assigned.size() == 2 && known.size() == 1 && known.getFirst().source() != Source.LABEL) {
            SpeakerRole other = known.getFirst().role() == SpeakerRole.AGENT ? SpeakerRole.CUSTOMER : SpeakerRole.AGENT;
            assigned.replaceAll((name, a) -> a.role() == SpeakerRole.UNKNOWN
                    ? new SpeakerAssignment(name, other, Source.OTHER_SPEAKER) : a);
        }
        // a role word keeps deciding by itself (role null), so that calls posted as before store the same content
        List<SpokenLine> resolved = lines.stream().map(line -> {
            SpeakerAssignment a = assigned.get(line.speaker());
            return a == null || a.source() == Source.LABEL || a.source() == Source.NONE ? line.withRole(null)
                    : line.withRole(a.role());
        }).toList();
        List<String> unknown = assigned.values().stream().filter(a -> a.role() == SpeakerRole.UNKNOWN)
                .map(SpeakerAssignment::speaker).toList();
        return new SpeakerResolution(resolved, List.copyOf(assigned.values()), unknown, problems);
    }

    private static SpeakerAssignment evidence(String name, List<SpokenLine> lines, Map<String, SpeakerRole> mapped,
            @Nullable AgentNames agent) {
        SpeakerRole byMapping = mapped.get(SpeakerNames.normalized(name));
        if (byMapping != null) {
            return new SpeakerAssignment(name, byMapping, Source.MAPPING);
        }
        SpeakerRole carried = lines.stream().filter(l -> l.speaker().equals(name) && l.role() != null)
                .map(SpokenLine::role).findFirst().orElse(null);
        if (carried != null && carried != SpeakerRole.UNKNOWN) {
            return new SpeakerAssignment(name, carried, Source.FORMAT);
        }
        SpeakerRole labelled = SpeakerRole.fromLabel(name);
        if (labelled != SpeakerRole.UNKNOWN) {
            return new SpeakerAssignment(name, labelled, Source.LABEL);
        }
        if (agent != null && agent.matches(name)) {
            return new SpeakerAssignment(name, SpeakerRole.AGENT, Source.AGENT_NAME);
        }
        return new SpeakerAssignment(name, SpeakerRole.UNKNOWN, Source.NONE);
    }

    private static Map<String, SpeakerRole> mapped(Map<String, String> mapping, List<TranscriptProblem> problems) {
        Map<String, SpeakerRole> roles = new LinkedHashMap<>();
        mapping.forEach((name, role) -> {
            String wanted = role == null ? "" : role.strip().toLowerCase(Locale.ROOT);
            switch (wanted) {
                case "agent" -> roles.put(SpeakerNames.normalized(name), SpeakerRole.AGENT);
                case "customer" -> roles.put(SpeakerNames.normalized(name), SpeakerRole.CUSTOMER);
                default -> problems.add(new TranscriptProblem("speakers." + name, "must be agent or customer"));
            }
        });
        return roles;
    }
}
