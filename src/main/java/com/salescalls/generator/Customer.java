package com.salescalls.generator;

/** A prospect company and its contact person; the same customer id always has the same profile. */
record Customer(String id, String firstName, String lastName, String title, String company, String industry,
                String city, int teamSize, String currentTool) {
}
