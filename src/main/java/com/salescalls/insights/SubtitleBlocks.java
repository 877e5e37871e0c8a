package com.salescalls.insights;

import java.util.ArrayList;
import java.util.List;

/** The blank-line-separated blocks of a subtitle file, each with the number of its first line. */
final class SubtitleBlocks {

    record Block(int firstLine, List<String> lines) {
    }

    private SubtitleBlocks() {
    }

    /** The file's lines without a byte-order mark and trailing blanks; any line ending. */
    static List<String> lines(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<String> lines = new ArrayList<>(List.of(text.split("\\R", -1)));
        lines.replaceAll(String::stripTrailing);
        while (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines;
    }

    static List<Block> of(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(first, List.copyOf(current)));
                    current.clear();
                }
            } else {
                if (current.isEmpty()) {
                    first = i + 1;
                }
                current.add(lines.get(i));
            }
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(first, List.copyOf(current)));
        }
        return blocks;
    }
}
