package com.salescalls.identity.web;

/** The rules for the fields of a new account, shared by self-registration and admin creation. */
final class UserFields {

    static final String USERNAME = "[A-Za-z0-9_.-]*";
    static final String USERNAME_MESSAGE = "may contain only letters, digits, '_', '.' and '-'";
    static final String ROLE = "admin|manager|agent";
    static final String ROLE_MESSAGE = "must be one of admin, manager, agent";
    static final String AGENT_ID = "[A-Za-z0-9_.:-]{1,64}";
    static final String AGENT_ID_MESSAGE = "must be 1-64 characters of letters, digits, '_', '.', ':' and '-'";

    private UserFields() {
    }
}
