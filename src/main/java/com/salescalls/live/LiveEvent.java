package com.salescalls.live;

/**
 * One message of a live call as it travels between instances: numbered per call so that a subscriber catching up
 * from the history never shows a message twice, tagged with the call's agent so that an agent user only ever
 * receives its own calls, and marked when it is the call's last.
 *
 * @param payload the JSON text the subscribers receive
 */
record LiveEvent(String callId, long seq, String agentId, boolean last, String payload) {

    // call and agent ids are 1-64 of [A-Za-z0-9_.:-], so '|' never occurs in them and a plain frame suffices
    String encode() {
        return callId + '|' + seq + '|' + agentId + '|' + (last ? 'L' : '-') + '|' + payload;
    }

    static LiveEvent decode(String frame) {
        String[] parts = frame.split("\\|", 5);
        if (parts.length != 5) {
            throw new IllegalArgumentException("not a live event frame");
        }
        return new LiveEvent(parts[0], Long.parseLong(parts[1]), parts[2], parts[3].equals("L"), parts[4]);
    }
}
