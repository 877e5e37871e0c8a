package com.salescalls.platform;

/**
 * A folder this instance needs (its {@code DATA_DIR} or {@code INDEX_DIR}) is held by another running instance.
 * Start-up stops with this message alone ({@link FolderInUseFailureAnalyzer}), not a stack trace.
 */
public class FolderInUse extends RuntimeException {

    private final String setting;

    public FolderInUse(String message, String setting, Throwable cause) {
        super(message, cause);
        this.setting = setting;
    }

    public FolderInUse(String message, String setting) {
        super(message);
        this.setting = setting;
    }

    /** The setting that gives this instance a folder of its own. */
    public String setting() {
        return setting;
    }
}
