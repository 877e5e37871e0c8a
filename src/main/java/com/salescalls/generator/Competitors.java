package com.salescalls.generator;

import java.util.List;

/** Fictional competitors, so generated text never makes claims about real companies. */
final class Competitors {

    static final List<String> NAMES = List.of(
            "PipeStream", "Closewise", "DealHarbor", "SalesNimbus", "Quotely",
            "Funnelcraft", "Vendora CRM", "LeadLantern", "Pitchbase", "RevNorth");

    static final List<String> HOMEGROWN = List.of(
            "spreadsheets", "a homegrown tool", "Google Sheets", "an old on-prem CRM", "email and sticky notes");

    private Competitors() {
    }
}
